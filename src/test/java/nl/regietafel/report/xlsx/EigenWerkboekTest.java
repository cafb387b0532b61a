package nl.regietafel.report.xlsx;

import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.Blad.Soort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workbook of tables that the tool writes itself is the workbook POI writes: the same random sheets
 * through both, every zip entry compared byte for byte (the moment of making in docProps/core.xml aside).
 */
class EigenWerkboekTest {

    private static final String[] TEKSTEN = {"Almelo", "Hof van Twente", " spatie vooraf", "spatie achteraf ", "=SUM(A1)",
            "+31 53 481 1234", "-", "@gemeente", "a & b < c > d \"e\" 'f'", "regel\neen", "tab\there", "cr\rlf", "ë é ï € ·",
            "\ud83d\ude00 emoji", "]]> einde", "", "x", "Oekraïense ontheemden", "1.944", "\u0001 stuur"};

    @TempDir
    Path map;

    @Test
    void randomWorkbooksOfTablesAreTheBytesPoiWrites() throws IOException {
        Random toeval = new Random(20231203);
        for (int ronde = 0; ronde < 60; ronde++) {
            long zaad = toeval.nextLong();
            Path poi = map.resolve("poi-" + ronde + ".xlsx");
            Path eigen = map.resolve("eigen-" + ronde + ".xlsx");
            vul(new XlsxWerkboek("Werkboek " + ronde), new Random(zaad), poi);
            vul(XlsxWerkboek.tabellen("Werkboek " + ronde), new Random(zaad), eigen);
            Map<String, String> a = items(poi);
            Map<String, String> b = items(eigen);
            assertThat(b.keySet()).as("ronde %d", ronde).containsExactlyElementsOf(a.keySet());
            int r = ronde;
            a.forEach((naam, inhoud) -> assertThat(b.get(naam)).as("ronde %d, %s", r, naam).isEqualTo(inhoud));
        }
    }

    @Test
    void aWorkbookOfTablesHasNoPoiWorkbook() {
        try (XlsxWerkboek wb = XlsxWerkboek.tabellen("Tabellen")) {
            Blad blad = wb.blad("Gemeenten");
            assertThatThrownBy(wb::poi).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(blad::poi).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> wb.blad("GEMEENTEN")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void vul(XlsxWerkboek wb, Random toeval, Path xlsx) {
        try (wb) {
            wb.onderwerp(toeval.nextBoolean() ? "" : tekst(toeval)).trefwoorden(toeval.nextBoolean() ? "" : "factsheet, GM0141")
                    .auteur(toeval.nextInt(4) == 0 ? "Regio <Twente> & \"Achterhoek\"" : "Twentse Regietafel");
            int bladen = toeval.nextInt(5);
            List<String> namen = List.of("Opgaven", "Positie in de regio", "Tom & Jerry's", "Blad [1]: a/b?", "Gemeenten", "Statushouders");
            for (int n = 0; n < bladen; n++) {
                blad(wb.blad(namen.get((n + toeval.nextInt(2)) % namen.size()) + (n > 0 ? " " + n : "")), toeval);
            }
            wb.opslaan(xlsx);
        }
    }

    private static void blad(Blad blad, Random toeval) {
        for (int i = toeval.nextInt(3); i > 0; i--) blad.titel(tekst(toeval));
        if (toeval.nextInt(8) == 0) return; // title lines only
        for (int i = toeval.nextInt(3); i > 0; i--) blad.regel(lang(toeval));
        int aantal = 1 + toeval.nextInt(9);
        Kolom[] kolommen = new Kolom[aantal];
        kolommen[0] = Kolom.tekst("Gemeente");
        for (int k = 1; k < aantal; k++) {
            Soort soort = Soort.values()[toeval.nextInt(Soort.values().length)];
            kolommen[k] = new Kolom(toeval.nextInt(4) == 0 ? lang(toeval) : "Kolom " + k + " " + soort, soort);
        }
        blad.kolommen(kolommen);
        int rijen = toeval.nextInt(25);
        for (int r = 0; r < rijen; r++) {
            Object[] rij = new Object[1 + toeval.nextInt(aantal)];
            rij[0] = toeval.nextInt(6) == 0 ? null : TEKSTEN[toeval.nextInt(TEKSTEN.length)] + " " + toeval.nextInt(5);
            for (int k = 1; k < rij.length; k++) rij[k] = waarde(kolommen[k].soort(), toeval);
            blad.rij(rij);
        }
        if (toeval.nextInt(3) > 0) {
            if (toeval.nextBoolean() || aantal < 2) {
                blad.totaal("Totaal");
            } else {
                blad.totaal("Som gemeenten", 1 + toeval.nextInt(aantal - 1));
            }
            if (toeval.nextBoolean()) blad.naTotaal("Totaal volgens bron", null, 3593, "n.v.t.", 12.5);
        }
        for (int g = toeval.nextInt(3); g > 0 && aantal > 1; g--) {
            int[] reeksen = new int[1 + toeval.nextInt(Math.min(4, aantal - 1))];
            for (int i = 0; i < reeksen.length; i++) reeksen[i] = 1 + toeval.nextInt(aantal - 1);
            blad.staafgrafiek(tekst(toeval) + " grafiek", 0, reeksen);
        }
        for (int i = toeval.nextInt(2); i > 0; i--) blad.regel(lang(toeval));
    }

    private static Object waarde(Soort soort, Random toeval) {
        return switch (toeval.nextInt(12)) {
            case 0 -> null;
            case 1 -> tekst(toeval);
            case 2 -> LocalDate.of(2022 + toeval.nextInt(3), 1 + toeval.nextInt(12), 1 + toeval.nextInt(28));
            case 3 -> LocalDateTime.of(2023, 1 + toeval.nextInt(12), 1 + toeval.nextInt(28), toeval.nextInt(24), toeval.nextInt(60));
            case 4 -> BigDecimal.valueOf(toeval.nextLong() % 10_000_000L, toeval.nextInt(6));
            case 5 -> toeval.nextDouble() * 1e6 - 5e5;
            // Blad measures a decimal's width through BigDecimal, which has no NaN: in whole and share columns only
            case 6 -> soort != Soort.GEHEEL && soort != Soort.PROCENT ? 0.866
                    : toeval.nextInt(8) == 0 ? Double.NaN : toeval.nextInt(8) == 0 ? Double.POSITIVE_INFINITY : 0.866;
            case 7 -> (long) toeval.nextInt(2_000_000) - 1_000_000;
            default -> soort == Soort.PROCENT ? toeval.nextDouble() : toeval.nextInt(5000);
        };
    }

    private static String tekst(Random toeval) {
        return TEKSTEN[toeval.nextInt(TEKSTEN.length)];
    }

    private static String lang(Random toeval) {
        StringBuilder s = new StringBuilder();
        for (int i = toeval.nextInt(30); i >= 0; i--) s.append(tekst(toeval)).append(' ');
        return s.toString().strip();
    }

    private static Map<String, String> items(Path xlsx) throws IOException {
        Map<String, String> items = new LinkedHashMap<>();
        Function<String, String> zonderTijd = s -> s.replaceAll("<dcterms:created([^>]*)>[^<]*<", "<dcterms:created$1><");
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : new ArrayList<>(zip.stream().toList())) {
                String inhoud = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                items.put(e.getName(), e.getName().equals("docProps/core.xml") ? zonderTijd.apply(inhoud) : inhoud);
            }
        }
        return items;
    }
}
