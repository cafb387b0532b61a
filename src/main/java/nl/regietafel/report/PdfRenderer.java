package nl.regietafel.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.layout.SharedContext;
import org.w3c.dom.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * XHTML to PDF with Flying Saucer on OpenPDF.
 *
 * <p>The DejaVu Sans faces ship with the tool ({@link Lettertypen}, read from the classpath once)
 * and are parsed once, in the constructor, into
 * {@link BaseFont}s ({@code createFont(name, IDENTITY_H, EMBEDDED, NOT_CACHED, bytes, null)})
 * and one Flying Saucer {@link FontFamily} "DejaVu Sans"; each document's font resolver gets that
 * family. Registering per document, even a ready {@code BaseFont} through
 * {@code addFont(BaseFont, path, family)}, makes Flying Saucer re-read the file for the underline
 * metrics (~85 ms per PDF, measured).
 *
 * <p>Charts, two ways (give the image its printed size in CSS, e.g. {@code width: 170mm}):
 * <ul>
 *   <li>{@code <img src="grafiek:naam"/>} with a {@link Grafieken.Grafiek} passed under
 *       {@code naam} to {@link #render(String, Path, PdfEigenschappen, Map)}: drawn as vectors
 *       by {@link VectorGrafieken} (a custom replaced-element factory), text in DejaVu Sans;</li>
 *   <li>{@code <img src="data:image/png;base64,…"/>} (see {@link Grafieken#dataUri}): Flying
 *       Saucer's user agent decodes data URIs itself.</li>
 * </ul>
 *
 * <p>The XHTML is parsed by {@link XhtmlLezer} and laid out with {@link Basisstijl}, Flying Saucer's
 * user-agent stylesheet cut to the elements of the templates (the same pages, in less time).
 *
 * <p>Thread-safe: one {@link ITextRenderer} per document; the shared fonts are only read
 * (glyph subsets are tracked per PDF writer).
 */
public final class PdfRenderer {

    public static final String FAMILIE = Lettertypen.FAMILIE;

    private record Snit(String pad, BaseFont font) {
    }

    /** Read-only after construction: FontFamily.match and FontDescription only read. */
    private final FontFamily familie;
    private final List<BaseFont> basisfonts;

    /** With the fonts that ship with the tool. */
    public PdfRenderer() {
        this(Lettertypen.meegeleverd());
    }

    public PdfRenderer(Lettertypen lettertypen) {
        List<Snit> snitten = lettertypen.alle().stream().map(PdfRenderer::laad).toList();
        ITextFontResolver eenmalig = new ITextFontResolver();
        for (Snit snit : snitten) {
            eenmalig.addFont(snit.font(), snit.pad(), FAMILIE);
        }
        this.familie = eenmalig.getFonts().get(FAMILIE);
        this.basisfonts = snitten.stream().map(Snit::font).toList();
    }

    private static Snit laad(Lettertypen.Snit snit) {
        try {
            BaseFont font = BaseFont.createFont(snit.bestand(), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, BaseFont.NOT_CACHED, snit.bytes(), null);
            font.setCompressionLevel(Compressie.NIVEAU);
            // Flying Saucer reads the underline metrics once from this path, which it also looks up as a
            // classpath resource: the shipped face, never a system font
            return new Snit(Lettertypen.MAP.substring(1) + snit.bestand(), font);
        } catch (IOException | RuntimeException e) {
            throw new RenderFout("Lettertype " + snit.bestand() + " is onleesbaar of geen TrueType-lettertype: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Renders {@code xhtml} (well-formed, e.g. from a {@code .ftlx} template) to {@code pdf}:
     * written to a temporary file beside it and moved into place atomically, so a reader never
     * sees half a PDF. Parent directories are created.
     */
    public void render(String xhtml, Path pdf, PdfEigenschappen meta) {
        render(xhtml, pdf, meta, Map.of());
    }

    /** As {@link #render(String, Path, PdfEigenschappen)}, with vector charts for {@code <img src="grafiek:naam"/>}. */
    public void render(String xhtml, Path pdf, PdfEigenschappen meta, Map<String, Grafieken.Grafiek> grafieken) {
        try {
            AtomischBestand.schrijf(pdf, uit -> schrijf(xhtml, uit, meta, grafieken));
        } catch (IOException e) {
            throw new RenderFout("PDF " + pdf.toAbsolutePath() + " kon niet worden geschreven: " + e.getMessage(), e);
        }
    }

    /** Renders to bytes (for tests, mail attachments, the index page). */
    public byte[] render(String xhtml, PdfEigenschappen meta) {
        return render(xhtml, meta, Map.of());
    }

    public byte[] render(String xhtml, PdfEigenschappen meta, Map<String, Grafieken.Grafiek> grafieken) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
        schrijf(xhtml, uit, meta, grafieken);
        return uit.toByteArray();
    }

    private void schrijf(String xhtml, OutputStream uit, PdfEigenschappen meta, Map<String, Grafieken.Grafiek> grafieken) {
        try {
            ITextRenderer renderer = new ITextRenderer();
            renderer.getFontResolver().getFonts().put(FAMILIE, familie);
            SharedContext gedeeld = renderer.getSharedContext();
            gedeeld.setLineBreakingStrategy(Regelafbreking.GEDEELD);
            gedeeld.setReplacedElementFactory(new VectorGrafieken(gedeeld.getReplacedElementFactory(), grafieken,
                    basisfonts.get(0), basisfonts.get(1), basisfonts.get(2), basisfonts.get(3)));
            renderer.setListener(new Eigenschappen(meta));
            Document doc = XhtmlLezer.lees(xhtml);
            renderer.setDocument(doc, null, Basisstijl.voor(doc));
            renderer.layout();
            renderer.createPDF(uit);
        } catch (RuntimeException e) {
            throw new RenderFout("PDF \"" + meta.titel() + "\" kon niet worden opgemaakt: " + e.getMessage(), e);
        }
    }

    /** Writes the info dictionary just before the document closes, after Flying Saucer's own meta. */
    private static final class Eigenschappen extends DefaultPDFCreationListener {
        private final PdfEigenschappen meta;

        Eigenschappen(PdfEigenschappen meta) {
            this.meta = meta;
        }

        @Override
        public void preOpen(ITextRenderer renderer) {
            renderer.getWriter().setCompressionLevel(Compressie.NIVEAU);
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary info = renderer.getWriter().getInfo();
            zet(info, PdfName.TITLE, meta.titel());
            zet(info, PdfName.AUTHOR, meta.auteur());
            zet(info, PdfName.SUBJECT, meta.onderwerp());
            zet(info, PdfName.KEYWORDS, meta.trefwoorden());
            zet(info, PdfName.CREATOR, meta.maker());
        }

        private static void zet(PdfDictionary info, PdfName sleutel, String waarde) {
            if (waarde != null && !waarde.isEmpty()) {
                info.put(sleutel, new PdfString(waarde, PdfObject.TEXT_UNICODE));
            }
        }
    }
}
