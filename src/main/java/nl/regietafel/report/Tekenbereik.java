package nl.regietafel.report;

import com.lowagie.text.pdf.BaseFont;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a set of subset faces can draw, read once from the cmap of one of them.
 *
 * <p>One face is enough: a character is in a subset's cmap only if it was asked for when the
 * subsets were made (all four with the same characters), and then every subset face has it
 * exactly when its full face has it, so text made of such characters looks the same in either set.
 */
final class Tekenbereik {

    // A CSS escape (\2192, optionally followed by one white-space character): what a template's
    // content: "…" may hold instead of the character itself.
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6})");

    /**
     * The characters that are in the cmap and so are their upper- and lower-case forms (CSS
     * text-transform and small-caps change case while laying out: {@code ß} becomes {@code SS}),
     * and the controls.
     */
    private final BitSet tekens;

    private Tekenbereik(BitSet tekens) {
        this.tekens = tekens;
    }

    /** Only the Basic Multilingual Plane: the subsets hold nothing beyond it (~8 ms the first time, 1 ms warm). */
    static Tekenbereik van(BaseFont font) {
        BitSet cmap = new BitSet(0x10000);
        for (int c = 0; c < 0x10000; c++) {
            if (font.charExists(c) || isOnzichtbaar(c)) {
                cmap.set(c);
            }
        }
        BitSet tekens = new BitSet(0x10000);
        for (int c = cmap.nextSetBit(0); c >= 0; c = cmap.nextSetBit(c + 1)) {
            // Character's one-to-one mappings: quick, and enough, for the one-to-many ones of String
            // (ß to SS, ΐ to Ϊ́) make letters and accents that are in the subsets (TekenbereikTest checks
            // every character); the one rule of Locale.ROOT that looks at the neighbours makes a final sigma
            if (cmap.get(Character.toUpperCase(c)) && cmap.get(Character.toLowerCase(c)) && (c != 'Σ' || cmap.get('ς'))) {
                tekens.set(c);
            }
        }
        return new Tekenbereik(tekens);
    }

    /** Whether {@code c} is in the faces, and so are its upper- and lower-case forms. */
    boolean bevat(int c) {
        return tekens.get(c);
    }

    /** Whether every character of {@code tekst} is in the faces, in any case. */
    boolean dekt(CharSequence tekst) {
        if (tekst == null) {
            return true;
        }
        for (int i = 0; i < tekst.length(); i++) {
            if (!tekens.get(tekst.charAt(i))) {
                return false; // a lone surrogate half is never in the set: text beyond the BMP is not covered
            }
        }
        return true;
    }

    /**
     * Whether all text of the document is in the faces: every text node and every attribute
     * (more than Flying Saucer draws, never less), and in style sheets also escaped characters.
     */
    boolean dekt(Node node) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                String tekst = node.getNodeValue();
                if (!dekt(tekst)) {
                    return false;
                }
                Node ouder = node.getParentNode();
                if (ouder != null && "style".equalsIgnoreCase(ouder.getNodeName()) && !dektEscapes(tekst)) {
                    return false;
                }
            }
            case Node.ELEMENT_NODE -> {
                NamedNodeMap attributen = node.getAttributes();
                for (int i = 0; i < attributen.getLength(); i++) {
                    if (!dekt(attributen.item(i).getNodeValue())) {
                        return false;
                    }
                }
            }
            default -> {
                // comments and processing instructions are not drawn
            }
        }
        for (Node kind = node.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (!dekt(kind)) {
                return false;
            }
        }
        return true;
    }

    private boolean dektEscapes(String css) {
        if (css.indexOf('\\') < 0) {
            return true;
        }
        Matcher m = CSS_ESCAPE.matcher(css);
        while (m.find()) {
            int c = Integer.parseInt(m.group(1), 16);
            if (c > 0xFFFF || !dekt(Character.toString(c))) {
                return false;
            }
        }
        return true;
    }

    // Controls (line breaks, tabs): no face of either set has a glyph for them (the full faces' cmaps
    // start at U+0020), so they come out the same in either.
    private static boolean isOnzichtbaar(int c) {
        return c < 0x20 || c == 0x7F;
    }
}
