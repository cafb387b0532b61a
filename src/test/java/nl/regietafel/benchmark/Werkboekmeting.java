package nl.regietafel.benchmark;

import nl.regietafel.launch.XmlFabrieken;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.XlsxWerkboek;
import nl.regietafel.uitvraag.UitvraagFormulier;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CPU of one workbook as the month writes hundreds of them, warm, on one thread: a workbook
 * shaped like a gemeente's factsheet (six sheets, totals, one native chart) and an empty uitvraag
 * form, each through {@link XlsxWerkboek#opslaan}. Not a test; run against two builds to compare:
 * {@code Werkboekmeting [aantal]} (default 400 of each after as many to warm up).
 */
public final class Werkboekmeting {

    private static final String[] NAMEN = {"Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn",
            "Hengelo", "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden"};

    private Werkboekmeting() {
    }

    public static void main(String[] args) throws IOException {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        XmlFabrieken.vastleggen(); // as the run does: POI's JAXP factories without the service search
        Path map = Files.createTempDirectory("werkboekmeting");
        try {
            meet("factsheet", aantal, i -> factsheet(map.resolve("f" + i + ".xlsx"), i));
            meet("uitvraag", aantal, i -> uitvraag(map.resolve("u" + i + ".xlsx"), i));
        } finally {
            try (Stream<Path> bestanden = Files.walk(map)) {
                bestanden.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void meet(String naam, int aantal, java.util.function.IntConsumer schrijf) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < aantal; i++) schrijf.accept(i);
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long wand0 = System.nanoTime();
        for (int i = 0; i < aantal; i++) schrijf.accept(i);
        double ms = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6 / aantal;
        double wand = (System.nanoTime() - wand0) / 1e6 / aantal;
        System.out.printf(java.util.Locale.ROOT, "%-10s %4d workbooks: %.2f ms CPU, %.2f ms wall each%n", naam, aantal, ms, wand);
    }

    private static void factsheet(Path xlsx, int n) {
        try (XlsxWerkboek wb = new XlsxWerkboek("Factsheet " + n).onderwerp("Gemeente " + n).trefwoorden("factsheet, " + n)) {
            Blad opgaven = wb.blad("Opgaven").titel("Factsheet").regel("Gemeente " + n + " · veiligheidsregio Twente")
                    .kolommen(Kolom.tekst("Opgave"), Kolom.datum("Peildatum"), Kolom.geheel("Opgave gemeente"), Kolom.tekst("Soort"),
                            Kolom.geheel("In gebruik"), Kolom.geheel("Gap"), Kolom.tekst("Bron"));
            for (int r = 0; r < 6; r++) {
                opgaven.rij("Opgave " + r, LocalDate.of(2023, 1 + r, 1), 100 + n % 50 + r, r % 2 == 0 ? "vastgesteld" : "indicatief",
                        80 + r, 20 + n % 7, "Circulaire " + r);
            }
            opgaven.regel("Vastgesteld: cijfer uit een landelijk document; indicatief: aandeel naar inwonertal.");
            for (String blad : List.of("Locaties", "Pijplijn")) {
                Blad b = wb.blad(blad).titel(blad).regel("Gemeente " + n)
                        .kolommen(Kolom.tekst("Naam"), Kolom.tekst("Plaats"), Kolom.tekst("Soort"), Kolom.geheel("Capaciteit"),
                                Kolom.geheel("Bezetting"), Kolom.datum("Open vanaf"));
                for (int r = 0; r < 4; r++) b.rij("Locatie " + r + "-" + n, NAMEN[(n + r) % NAMEN.length], "opvang", 40 + r, 30 + r, LocalDate.of(2023, 3, 1));
                b.totaal("Totaal", 3, 4);
            }
            Blad sh = wb.blad("Statushouders").titel("Huisvesting statushouders").regel("Gemeente " + n)
                    .kolommen(Kolom.tekst("Halfjaar"), Kolom.geheel("Taakstelling"), Kolom.geheel("Gehuisvest"), Kolom.procent("Percentage"));
            sh.rij("2023-1", 120, 98, 98.0 / 120).rij("2023-2", 130, 60, 60.0 / 130);
            Blad positie = wb.blad("Positie in de regio").titel("Positie in de regio Twente").regel("Gemeente " + n)
                    .kolommen(Kolom.tekst("Opgave"), Kolom.decimaal("Opgave per 10.000"), Kolom.decimaal("Gerealiseerd per 10.000"),
                            Kolom.decimaal("Regio: gerealiseerd per 10.000"));
            for (int r = 0; r < 5; r++) positie.rij("Opgave " + r, 10.5 + r, 8.25 + r, 9.75 + r);
            positie.staafgrafiek("Per 10.000 inwoners", 0, 1, 2, 3);
            wb.blad("Knelpunten").titel("Knelpunten").kolommen(Kolom.tekst("Onderwerp"), Kolom.tekst("Omschrijving"))
                    .rij("Woningen", "Te weinig kleine woningen voor alleenstaanden " + n);
            wb.opslaan(xlsx);
        }
    }

    private static void uitvraag(Path xlsx, int n) {
        try (XlsxWerkboek wb = new XlsxWerkboek("Maandretour " + n).onderwerp("Maandretour Twente").trefwoorden("maandretour, " + n)) {
            UitvraagFormulier.vul(wb.poi(), new UitvraagFormulier.Inhoud("GM" + (1000 + n), NAMEN[n % NAMEN.length],
                    YearMonth.of(2024, 1), null, null, List.of(), List.of(), List.of(), Set.of(), Map.of(), "Regietafel Twente",
                    Set.of(), null, null));
            wb.opslaan(xlsx);
        }
    }
}
