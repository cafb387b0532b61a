package nl.regietafel.report;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfRendererTest {

    static Sjablonen sjablonen;
    static PdfRenderer renderer;
    static Grafieken grafieken;
    static String demo;

    @TempDir
    Path map;

    @BeforeAll
    static void eenmaalPerRun() {
        sjablonen = new Sjablonen();
        renderer = new PdfRenderer();
        grafieken = new Grafieken();
        demo = sjablonen.render("demo/voorbeeld.ftlx", Map.of("m", DemoModel.voorbeeld(grafieken)));
    }

    @Test
    void demoDocumentIsA4WithRepeatedHeadersPageNumbersEmbeddedFontsAndDutchFigures() throws Exception {
        Path pdf = Path.of("target/demo/voorbeeld.pdf"); // kept for looking at (pdftoppm)
        renderer.render(demo, pdf, PdfEigenschappen.van("Maandpakket Twente", "Voorbeeld").metTrefwoorden("demo"),
                DemoModel.grafieken(grafieken));

        assertThat(pdf).exists();
        PdfReader lezer = new PdfReader(pdf.toString());
        try {
            int paginas = lezer.getNumberOfPages();
            assertThat(paginas).isGreaterThan(1);
            Rectangle a4 = lezer.getPageSizeWithRotation(1);
            assertThat(a4.getWidth()).isCloseTo(PageSize.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PageSize.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));

            PdfTextExtractor tekst = new PdfTextExtractor(lezer);
            String eerste = tekst.getTextFromPage(1);
            assertThat(eerste).contains("pagina 1 van " + paginas);
            assertThat(eerste).contains("Periode december 2022 · gegenereerd 28 november 2026 14:03 · vingerafdruk 3f2a9c1b");
            assertThat(eerste).contains("1.944").contains("1.724").contains("88,7 %").contains("+220");
            assertThat(eerste).contains("<b>Vluchtelingenwerk & COA</b>"); // escaped input shows as text
            String tweede = tekst.getTextFromPage(2);
            assertThat(tweede).contains("Hof van Twente").contains("vergunninghouders"); // vector chart text
            assertThat(afbeeldingen(lezer, 2)).as("PNG chart on page 2").isEqualTo(1);

            // the long table runs over a page break and its header is repeated there
            int kopregels = 0;
            for (int p = 1; p <= paginas; p++) {
                String pagina = tekst.getTextFromPage(p);
                assertThat(pagina).contains("pagina " + p + " van " + paginas);
                if (pagina.contains("Kwartaal") && pagina.contains("Cumulatief")) {
                    kopregels++;
                }
            }
            assertThat(kopregels).as("pages with the header of Tabel 2.1").isGreaterThanOrEqualTo(2);

            assertThat(ingebeddeLettertypen(lezer)).isNotEmpty()
                    .allSatisfy(naam -> assertThat(naam).contains("DejaVuSans"));
            assertThat(ingebeddeLettertypen(lezer)).anyMatch(n -> n.contains("Bold"));
            assertThat(nietIngebeddeLettertypen(lezer)).isEmpty();

            Map<String, String> info = lezer.getInfo();
            assertThat(info).containsEntry("Title", "Maandpakket Twente")
                    .containsEntry("Author", "Regietafel")
                    .containsEntry("Subject", "Voorbeeld")
                    .containsEntry("Keywords", "demo")
                    .containsEntry("Creator", "Regietafel");
        } finally {
            lezer.close();
        }
        assertThat(Files.list(pdf.getParent()).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void rendersInParallelWithSharedFonts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> klaar = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path pdf = map.resolve("parallel-" + i + ".pdf");
                klaar.add(pool.submit(() -> {
                    renderer.render(demo, pdf, PdfEigenschappen.van("Parallel", null), DemoModel.grafieken(grafieken));
                    return pdf;
                }));
            }
            for (Future<Path> f : klaar) {
                PdfReader lezer = new PdfReader(f.get().toString());
                assertThat(new PdfTextExtractor(lezer).getTextFromPage(1)).contains("Twente").contains("1.944");
                lezer.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void landscapeOption() throws Exception {
        Path sjabloon = map.resolve("sjablonen/liggend.ftlx");
        Files.createDirectories(sjabloon.getParent());
        Files.writeString(sjabloon, "<#import \"/lib/document.ftlx\" as doc>"
                + "<@doc.document titel=\"Breed\" liggend=true periode=\"december 2022\"><p>Tekst</p></@doc.document>");
        String xhtml = new Sjablonen(sjabloon.getParent(), new Opmaak()).render("liggend.ftlx", Map.of());
        PdfReader lezer = new PdfReader(renderer.render(xhtml, PdfEigenschappen.van("Breed", null)));
        assertThat(lezer.getPageSizeWithRotation(1).getWidth()).isCloseTo(PageSize.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        assertThat(new PdfTextExtractor(lezer).getTextFromPage(1)).contains("pagina 1 van 1");
        lezer.close();
    }

    @Test
    void writtenFilesGetTheUmaskPermissionsNotThoseOfATempFile() throws Exception {
        Path pdf = map.resolve("rechten.pdf");
        renderer.render("<html><body><p>x</p></body></html>", pdf, PdfEigenschappen.van("Rechten", null));
        Path gewoon = Files.createFile(map.resolve("gewoon.txt"));
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(gewoon));
    }

    @Test
    void aChartNamedInTheTemplateButNotPassedIsAClearError() {
        assertThatThrownBy(() -> renderer.render(demo, PdfEigenschappen.van("Zonder grafieken", null)))
                .isInstanceOf(RenderFout.class)
                .hasMessageContaining("gemeenten");
    }

    @Test
    void brokenXhtmlFailsWithoutLeavingAFile() {
        Path pdf = map.resolve("kapot.pdf");
        assertThatThrownBy(() -> renderer.render("<html><body><p>niet gesloten</body></html>", pdf,
                PdfEigenschappen.van("Kapot", null)))
                .isInstanceOf(RenderFout.class)
                .hasMessageContaining("Kapot");
        assertThat(pdf).doesNotExist();
        assertThat(map.toFile().list()).isEmpty();
    }

    /** Image XObjects on a page (form XObjects, the vector charts, are not counted). */
    static int afbeeldingen(PdfReader lezer, int pagina) {
        PdfDictionary bronnen = lezer.getPageN(pagina).getAsDict(PdfName.RESOURCES);
        PdfDictionary objecten = bronnen == null ? null : bronnen.getAsDict(PdfName.XOBJECT);
        if (objecten == null) {
            return 0;
        }
        int aantal = 0;
        for (PdfName naam : objecten.getKeys()) {
            PdfObject object = PdfReader.getPdfObject(objecten.get(naam));
            if (object instanceof PdfDictionary d && PdfName.IMAGE.equals(d.get(PdfName.SUBTYPE))) {
                aantal++;
            }
        }
        return aantal;
    }

    /** BaseFont names of fonts that carry a FontFile2 (embedded TrueType) in their descriptor. */
    static Set<String> ingebeddeLettertypen(PdfReader lezer) {
        return lettertypen(lezer, true);
    }

    static Set<String> nietIngebeddeLettertypen(PdfReader lezer) {
        return lettertypen(lezer, false);
    }

    private static Set<String> lettertypen(PdfReader lezer, boolean ingebed) {
        Set<String> namen = new HashSet<>();
        for (int i = 0; i < lezer.getXrefSize(); i++) {
            PdfObject object = lezer.getPdfObject(i);
            if (object instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                boolean heeftBestand = d.contains(PdfName.FONTFILE2) || d.contains(PdfName.FONTFILE)
                        || d.contains(PdfName.FONTFILE3);
                if (heeftBestand == ingebed) {
                    namen.add(String.valueOf(d.get(PdfName.FONTNAME)));
                }
            }
        }
        return namen;
    }
}
