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
import java.util.function.Supplier;

/**
 * XHTML to PDF with Flying Saucer on OpenPDF.
 *
 * <p>The DejaVu Sans faces ship with the tool ({@link Lettertypen}, read from the classpath once)
 * and are parsed once per set into
 * {@link BaseFont}s ({@code createFont(name, IDENTITY_H, EMBEDDED, NOT_CACHED, bytes, null)})
 * and one Flying Saucer {@link FontFamily} "DejaVu Sans"; each document's font resolver gets that
 * family. Registering per document, even a ready {@code BaseFont} through
 * {@code addFont(BaseFont, path, family)}, makes Flying Saucer re-read the file for the underline
 * metrics (~85 ms per PDF, measured).
 *
 * <p>Two sets: a document whose text, charts included, is all in the subsets for European text
 * ({@link Lettertypen#europees()}, parsed in the constructor) is set in those, any other in the
 * full faces (parsed at the first such document). Both draw a covered character with the same
 * glyph, so a document looks the same either way; a PDF with a subset embeds font tables of
 * 2.085 glyphs instead of 6.253.
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
 * user-agent stylesheet cut to the elements of the templates (the same pages, in less time), and
 * styled by {@link Stijlreferentie}: each template's stylesheets parsed once per thread.
 *
 * <p>Thread-safe: one {@link ITextRenderer} per document; the shared fonts are only read
 * (glyph subsets are tracked per PDF writer).
 */
public final class PdfRenderer {

    public static final String FAMILIE = Lettertypen.FAMILIE;

    private record Snit(String pad, BaseFont font) {
    }

    /** A set of faces made ready: read-only after construction (FontFamily.match and FontDescription only read). */
    private record Familie(FontFamily familie, List<BaseFont> basisfonts) {
        static Familie van(Lettertypen lettertypen) {
            List<Snit> snitten = lettertypen.alle().stream().map(PdfRenderer::laad).toList();
            ITextFontResolver eenmalig = new ITextFontResolver();
            for (Snit snit : snitten) {
                eenmalig.addFont(snit.font(), snit.pad(), FAMILIE);
            }
            return new Familie(eenmalig.getFonts().get(FAMILIE), snitten.stream().map(Snit::font).toList());
        }
    }

    /** The subsets and what they hold; both null when the renderer has one set only. */
    private final Familie europees;
    private final Tekenbereik bereik;
    private final Supplier<Lettertypen> volledigeSnitten;
    private volatile Familie volledig;

    /** With the fonts that ship with the tool: the subsets where they cover a document, else the full faces. */
    public PdfRenderer() {
        this(Lettertypen.europees(), Lettertypen::meegeleverd);
    }

    /** Always with {@code lettertypen}. */
    public PdfRenderer(Lettertypen lettertypen) {
        this.europees = null;
        this.bereik = null;
        this.volledigeSnitten = null;
        this.volledig = Familie.van(lettertypen);
    }

    /** {@code deel} where it covers a document, else {@code volledig}, made ready at the first document that needs it. */
    public PdfRenderer(Lettertypen deel, Supplier<Lettertypen> volledig) {
        this.europees = Familie.van(deel);
        this.bereik = Tekenbereik.van(europees.basisfonts().get(0));
        this.volledigeSnitten = volledig;
    }

    private Familie volledig() {
        Familie f = volledig;
        if (f == null) {
            synchronized (this) {
                if (volledig == null) {
                    volledig = Familie.van(volledigeSnitten.get());
                }
                f = volledig;
            }
        }
        return f;
    }

    /** The subsets when every text of the document and of its charts is in them. */
    private Familie familie(Document doc, Map<String, Grafieken.Grafiek> grafieken) {
        if (europees != null && bereik.dekt(doc)
                && grafieken.values().stream().allMatch(g -> Grafiekteksten.gedekt(g.chart(), bereik::dekt))) {
            return europees;
        }
        return volledig();
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
            Document doc = XhtmlLezer.lees(xhtml);
            Familie familie = familie(doc, grafieken);
            List<BaseFont> basisfonts = familie.basisfonts();
            ITextRenderer renderer = new ITextRenderer();
            renderer.getFontResolver().getFonts().put(FAMILIE, familie.familie());
            SharedContext gedeeld = renderer.getSharedContext();
            gedeeld.setCss(new Stijlreferentie(gedeeld.getUac()));
            gedeeld.setLineBreakingStrategy(Regelafbreking.GEDEELD);
            gedeeld.setReplacedElementFactory(new VectorGrafieken(gedeeld.getReplacedElementFactory(), grafieken,
                    basisfonts.get(0), basisfonts.get(1), basisfonts.get(2), basisfonts.get(3)));
            renderer.setListener(new Eigenschappen(meta));
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
