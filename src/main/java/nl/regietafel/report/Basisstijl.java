package nl.regietafel.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handling with a shorter user-agent stylesheet ({@code pdf/basisstijl.css}):
 * only the rules for the elements the templates use. Flying Saucer matches every element against
 * every selector of every stylesheet, and its own sheet has 132 selectors, most for elements no
 * document of the tool contains; the cascade was ~40 % of layout. For a document of only
 * {@link #ELEMENTEN} the cascaded style of every element is the same with either sheet; a
 * document with any other element (a template that gained an {@code <em>}) gets Flying Saucer's
 * own handler and sheet, so nothing renders differently.
 */
final class Basisstijl extends XhtmlNamespaceHandler {

    /** The XHTML elements whose rules {@code basisstijl.css} keeps: the elements of the templates. */
    static final Set<String> ELEMENTEN = Set.of("html", "head", "title", "meta", "style", "body", "div", "span", "p",
            "br", "b", "sup", "h1", "h2", "h3", "ul", "li", "img", "table", "colgroup", "col", "thead", "tbody", "tr",
            "th", "td");

    static final String BRON = "/pdf/basisstijl.css";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Read once; Flying Saucer parses it per document from this text, as it parses its own sheet per document. */
    private static final StylesheetInfo BLAD = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT,
            Basisstijl.class.getResource(BRON).toExternalForm(), StylesheetInfo.mediaTypes(""), lees());

    private Basisstijl() {
    }

    /** The handler for {@code doc}: this one if it holds only {@link #ELEMENTEN}, Flying Saucer's own otherwise. */
    static NamespaceHandler voor(Document doc) {
        return alleenBekend(doc.getDocumentElement()) ? new Basisstijl() : new XhtmlNamespaceHandler();
    }

    @Override
    public Optional<StylesheetInfo> getDefaultStylesheet() {
        return Optional.of(BLAD);
    }

    private static boolean alleenBekend(Element e) {
        if (!XHTML.equals(e.getNamespaceURI()) || !ELEMENTEN.contains(e.getLocalName())) return false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind && !alleenBekend(kind)) return false;
        }
        return true;
    }

    private static String lees() {
        try (InputStream in = Basisstijl.class.getResourceAsStream(BRON)) {
            if (in == null) throw new IllegalStateException(BRON + " ontbreekt in de jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
