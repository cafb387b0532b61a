package nl.regietafel.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the text stands on each page of a PDF, read with PDFBox: how far down the body text
 * reaches and with which line a page begins. The running header and footer sit in the page
 * margins and are left out by the margins given.
 */
public final class Paginavulling {

    private static final float PT_PER_MM = 72f / 25.4f;

    /**
     * One page. {@code vulling}: the lowest body text as a share of the body's height (0 = empty,
     * 1 = down to the bottom margin). {@code eersteRegel}, {@code eersteGrootte}: the first body
     * line's text and its largest type size in pt (a chapter heading is 11 pt or more).
     */
    public record Pagina(int nummer, double vulling, String eersteRegel, float eersteGrootte, float kleinsteGrootte) {

        public boolean begintMetHoofdstuk() {
            return eersteGrootte >= 11f;
        }
    }

    private Paginavulling() {
    }

    /** The type size in pt as written (PDFBox's getFontSizeInPt rounds it down to whole points). */
    public static float grootte(TextPosition p) {
        return p.getTextMatrix().getScalingFactorX(); // the rendering matrix: Tf size times text and page scale
    }

    /** The pages of {@code pdf}, whose body lies between {@code bovenMm} and {@code onderMm} from the edges. */
    public static List<Pagina> meet(Path pdf, float bovenMm, float onderMm) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Lezer lezer = new Lezer(bovenMm * PT_PER_MM, onderMm * PT_PER_MM);
            lezer.setSortByPosition(true);
            lezer.getText(document);
            return lezer.paginas;
        }
    }

    private static final class Lezer extends PDFTextStripper {

        private final float boven;
        private final float onder;
        private final List<Pagina> paginas = new ArrayList<>();
        private float hoogte;
        private float laagste;
        private float eersteY;
        private float eersteGrootte;
        private float kleinste;
        private StringBuilder eersteRegel;

        Lezer(float boven, float onder) throws IOException {
            this.boven = boven;
            this.onder = onder;
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            hoogte = page.getMediaBox().getHeight();
            laagste = boven;
            eersteY = Float.MAX_VALUE;
            eersteGrootte = 0;
            kleinste = Float.MAX_VALUE;
            eersteRegel = new StringBuilder();
            super.startPage(page);
        }

        @Override
        protected void writeString(String tekst, List<TextPosition> posities) throws IOException {
            for (TextPosition p : posities) {
                float y = p.getYDirAdj(); // baseline, from the top of the page
                if (y < boven || y > hoogte - onder || p.getUnicode().isBlank()) continue;
                laagste = Math.max(laagste, y);
                kleinste = Math.min(kleinste, grootte(p));
                // the first line: the highest baseline; glyphs within 2 pt of it belong to it
                if (y < eersteY - 2) {
                    eersteY = y;
                    eersteGrootte = 0;
                    eersteRegel.setLength(0);
                }
                if (Math.abs(y - eersteY) <= 2) {
                    eersteGrootte = Math.max(eersteGrootte, grootte(p));
                    eersteRegel.append(p.getUnicode());
                }
            }
            super.writeString(tekst, posities);
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            double vulling = (laagste - boven) / (hoogte - onder - boven);
            paginas.add(new Pagina(getCurrentPageNo(), vulling, eersteRegel.toString(), eersteGrootte,
                    kleinste == Float.MAX_VALUE ? 0 : kleinste));
            super.endPage(page);
        }
    }
}
