package nl.regietafel.report;

import com.lowagie.text.pdf.PdfReader;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The content stream of each page a renderer makes: what is drawn where, without the file's ids and dates. */
final class Paginainhoud {

    private Paginainhoud() {
    }

    /** Lays out the document {@code renderer} has been given and returns its pages' content streams. */
    static List<byte[]> van(ITextRenderer renderer) throws IOException {
        renderer.layout();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        renderer.createPDF(uit);
        PdfReader lezer = new PdfReader(uit.toByteArray());
        try {
            List<byte[]> paginas = new ArrayList<>();
            for (int i = 1; i <= lezer.getNumberOfPages(); i++) paginas.add(lezer.getPageContent(i));
            return paginas;
        } finally {
            lezer.close();
        }
    }
}
