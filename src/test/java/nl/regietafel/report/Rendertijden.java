package nl.regietafel.report;

import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.XlsxWerkboek;
import nl.regietafel.report.xlsx.XlsxWerkboekTest;

import com.lowagie.text.pdf.PdfReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warm render times of single documents, for the benchmark (machines differ: nothing here is a
 * target, and the suite does not run it). In the benchmark's own JVM, after 40 documents of
 * warm-up, the mean of {@link #RONDES}.
 */
public final class Rendertijden {

    static final int RONDES = 20;

    private Rendertijden() {
    }

    /** The lines of the table; {@code map} is a scratch folder for the files. */
    public static String meet(Path map) throws Exception {
        Sjablonen sjablonen = new Sjablonen();
        PdfRenderer renderer = new PdfRenderer();
        Grafieken grafieken = new Grafieken();
        DemoModel model = DemoModel.voorbeeld(grafieken);
        Map<String, Object> gegevens = Map.of("m", model);
        PdfEigenschappen meta = PdfEigenschappen.van("Factsheet", "Tijdmeting");

        Path pdf = map.resolve("eenpagina.pdf");
        Path xlsx = map.resolve("maandpakket.xlsx");
        for (int i = 0; i < 40; i++) { // warm-up: the JIT needs a few dozen documents
            renderer.render(sjablonen.render("demo/eenpagina.ftlx", gegevens), pdf, meta);
            XlsxWerkboekTest.schrijfDemo(xlsx);
            grafieken.staafdiagram(null, null, List.of(DemoModel.NAMEN), List.of(new Grafieken.Reeks("Opgave",
                    java.util.Arrays.stream(DemoModel.OPGAVE).boxed().toList())));
        }
        PdfReader lezer = new PdfReader(pdf.toString());
        int paginas = lezer.getNumberOfPages();
        lezer.close();
        if (paginas != 1) throw new IllegalStateException("demo/eenpagina.ftlx gaf " + paginas + " pagina's in plaats van 1");

        long sjabloon = 0;
        long opmaak = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            long a = System.nanoTime();
            String xhtml = sjablonen.render("demo/eenpagina.ftlx", gegevens);
            long b = System.nanoTime();
            renderer.render(xhtml, pdf, meta);
            sjabloon += b - a;
            opmaak += System.nanoTime() - b;
        }
        double pdfMs = (System.nanoTime() - t0) / 1e6 / RONDES;

        t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            XlsxWerkboekTest.schrijfDemo(xlsx);
        }
        double xlsxMs = (System.nanoTime() - t0) / 1e6 / RONDES;

        t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            try (XlsxWerkboek wb = new XlsxWerkboek("Zonder grafiek")) {
                Blad blad = wb.blad("Gemeenten").titel("Opgave").kolommen(Blad.Kolom.tekst("Gemeente"),
                        Blad.Kolom.geheel("Opgave"), Blad.Kolom.geheel("Realisatie"));
                for (int g = 0; g < DemoModel.NAMEN.length; g++) {
                    blad.rij(DemoModel.NAMEN[g], DemoModel.OPGAVE[g], DemoModel.REALISATIE[g]);
                }
                blad.totaal("Twente");
                wb.opslaan(xlsx);
            }
        }
        double xlsxKaalMs = (System.nanoTime() - t0) / 1e6 / RONDES;

        t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            grafieken.staafdiagram(null, "vergunninghouders", List.of(DemoModel.NAMEN), List.of(
                    new Grafieken.Reeks("Opgave", java.util.Arrays.stream(DemoModel.OPGAVE).boxed().toList()),
                    new Grafieken.Reeks("Realisatie", java.util.Arrays.stream(DemoModel.REALISATIE).boxed().toList())));
        }
        double grafiekMs = (System.nanoTime() - t0) / 1e6 / RONDES;

        String metGrafiek = "<html><body style=\"font-family: 'DejaVu Sans'\"><img src=\"grafiek:gemeenten\" style=\"width: 170mm\"/></body></html>";
        for (int i = 0; i < 20; i++) {
            renderer.render(metGrafiek, meta, DemoModel.grafieken(grafieken));
        }
        t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            renderer.render(metGrafiek, meta, DemoModel.grafieken(grafieken));
        }
        double vectorMs = (System.nanoTime() - t0) / 1e6 / RONDES;

        t0 = System.nanoTime();
        for (int i = 0; i < RONDES; i++) {
            renderer.render(sjablonen.render("demo/voorbeeld.ftlx", gegevens), map.resolve("voorbeeld.pdf"), meta,
                    DemoModel.grafieken(grafieken));
        }
        double demoMs = (System.nanoTime() - t0) / 1e6 / RONDES;

        return String.format(Locale.ROOT, """
                Rendertijden, warm, in het proces van de benchmark (gemiddelde over %d):
                  PDF één pagina (sjabloon + opmaak): %.1f ms  (sjabloon %.1f ms, Flying Saucer %.1f ms)
                  XLSX 14 rijen + totaal + grafiek:  %.1f ms
                  XLSX 14 rijen + totaal, geen grafiek: %.1f ms
                  PNG staafdiagram 1280×640:          %.1f ms
                  PDF met alleen een vectorgrafiek:   %.1f ms
                  PDF demo 4 pagina's, 2 grafieken:   %.1f ms
                """, RONDES, pdfMs, sjabloon / 1e6 / RONDES, opmaak / 1e6 / RONDES, xlsxMs, xlsxKaalMs, grafiekMs, vectorMs, demoMs);
    }
}
