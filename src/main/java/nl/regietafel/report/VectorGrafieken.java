package nl.regietafel.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * Replaces {@code <img src="grafiek:naam"/>} by the chart {@code naam}, drawn as vectors into
 * the PDF (a form XObject); every other element goes to Flying Saucer's own factory. Text in the
 * chart uses the document's DejaVu fonts. One instance per document.
 */
final class VectorGrafieken implements ReplacedElementFactory {

    static final String SCHEMA = "grafiek:";

    private final ReplacedElementFactory standaard;
    private final Map<String, Grafieken.Grafiek> grafieken;
    private final FontMapper lettertypen;

    VectorGrafieken(ReplacedElementFactory standaard, Map<String, Grafieken.Grafiek> grafieken,
                    BaseFont regulier, BaseFont vet, BaseFont schuin, BaseFont vetSchuin) {
        this.standaard = standaard;
        this.grafieken = grafieken;
        this.lettertypen = new FontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                // A face loaded from DejaVuSans-Bold.ttf has style PLAIN: look at its name too.
                String naam = font.getFontName(java.util.Locale.ROOT);
                boolean isVet = font.isBold() || naam.contains("Bold");
                boolean isSchuin = font.isItalic() || naam.contains("Oblique") || naam.contains("Italic");
                return isVet ? (isSchuin ? vetSchuin : vet) : (isSchuin ? schuin : regulier);
            }

            @Override
            public Font pdfToAwt(BaseFont font, int grootte) {
                return null; // not used when drawing
            }
        };
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext context, BlockBox box, UserAgentCallback agent,
                                                 int cssBreedte, int cssHoogte) {
        Element element = box.getElement();
        if (element != null && "img".equals(element.getNodeName())
                && element.getAttribute("src").startsWith(SCHEMA)) {
            String naam = element.getAttribute("src").substring(SCHEMA.length());
            Grafieken.Grafiek grafiek = grafieken.get(naam);
            if (grafiek == null) {
                throw new RenderFout("Grafiek \"" + naam + "\" staat in het sjabloon maar niet in de grafieken van het document"
                        + " (bekend: " + grafieken.keySet() + ")");
            }
            // Flying Saucer's units ("dots") per CSS pixel: 20 by default.
            int perPixel = context.getSharedContext().getDotsPerPixel();
            Grafieken.Formaat formaat = grafiek.formaat();
            int breedte = cssBreedte > 0 ? cssBreedte
                    : cssHoogte > 0 ? cssHoogte * formaat.breedte() / formaat.hoogte() : formaat.breedte() * perPixel;
            int hoogte = cssHoogte > 0 ? cssHoogte : breedte * formaat.hoogte() / formaat.breedte();
            return new Vector(grafiek, breedte, hoogte, lettertypen);
        }
        return standaard.createReplacedElement(context, box, agent, cssBreedte, cssHoogte);
    }

    @Override
    public void reset() {
        standaard.reset();
    }

    @Override
    public void remove(Element element) {
        standaard.remove(element);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        standaard.setFormSubmissionListener(listener);
    }

    /** The chart as a replaced element: drawn into a PDF template when its page is painted. */
    private static final class Vector implements ITextReplacedElement {
        private final Grafieken.Grafiek grafiek;
        private final int breedte;
        private final int hoogte;
        private final FontMapper lettertypen;
        private final Point plek = new Point(0, 0);

        Vector(Grafieken.Grafiek grafiek, int breedte, int hoogte, FontMapper lettertypen) {
            this.grafiek = grafiek;
            this.breedte = breedte;
            this.hoogte = hoogte;
            this.lettertypen = lettertypen;
        }

        @Override
        public void paint(RenderingContext context, ITextOutputDevice uitvoer, BlockBox box) {
            float perPunt = uitvoer.getDotsPerPoint();
            float b = breedte / perPunt;
            float h = hoogte / perPunt;
            PdfTemplate sjabloon = uitvoer.getCurrentPage().createTemplate(b, h);
            Graphics2D g = sjabloon.createGraphics(b, h, lettertypen);
            try {
                // Draw at the layout size in CSS pixels, scaled to the printed size, so text and
                // strokes keep the proportions of the PNG version.
                double schaal = b / (double) grafiek.formaat().breedte();
                g.scale(schaal, schaal);
                grafiek.chart().draw(g, new Rectangle2D.Double(0, 0, grafiek.formaat().breedte(), h / schaal));
            } finally {
                g.dispose();
            }
            try {
                Image beeld = Image.getInstance(sjabloon);
                Rectangle inhoud = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), context);
                uitvoer.drawImage(new ITextFSImage(beeld).scale(breedte, hoogte), inhoud.x, inhoud.y);
            } catch (BadElementException e) {
                throw new RenderFout("Grafiek kon niet in de PDF worden gezet: " + e.getMessage(), e);
            }
        }

        @Override
        public int getIntrinsicWidth() {
            return breedte;
        }

        @Override
        public int getIntrinsicHeight() {
            return hoogte;
        }

        @Override
        public Point getLocation() {
            return plek;
        }

        @Override
        public void setLocation(int x, int y) {
            plek.setLocation(x, y);
        }

        @Override
        public void detach(LayoutContext context) {
            // nothing held
        }

        @Override
        public boolean isRequiresInteractivePaint() {
            return false;
        }

        @Override
        public boolean hasBaseline() {
            return false;
        }

        @Override
        public int getBaseline() {
            return 0;
        }
    }
}
