package nl.regietafel.ingest.landelijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.Opgave;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.TestData;

/**
 * The COA page "Provinciale verdeling van opvangplekken" as a sheet: two tables stacked (totaal,
 * then amv), each with a title row and its own header, province names only, numbers as Dutch
 * text. Read through the shipped profile {@code input/profielen/coa-provinciale-opgaven.yaml}
 * alone. Figures are the page's (input/referentie/coa-provinciale-opgaven-2024-01-01.csv).
 */
class CoaPaginaProfielTest {

    static final Path PROFIEL = Path.of("input/profielen/coa-provinciale-opgaven.yaml");

    /** Page order and figures: name, opgave incl. amv, amv. */
    static final Object[][] PAGINA = {
            {"Drenthe", "3.533", "144"}, {"Flevoland", "3.432", "126"}, {"Friesland", "3.744", "189"},
            {"Gelderland", "7.454", "610"}, {"Groningen", "3.827", "171"}, {"Limburg", "4.284", "323"},
            {"Noord-Brabant", "9.456", "750"}, {"Noord-Holland", "11.072", "842"}, {"Overijssel", "4.001", "339"},
            {"Utrecht", "4.681", "396"}, {"Zeeland", "1.422", "112"}, {"Zuid-Holland", "18.593", "1.086"},
            {"Totaal", "75.500", "5.088"}};

    @TempDir
    Path map;

    Path pagina() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Provinciale verdeling");
            int r = 0;
            s.createRow(r++).createCell(0).setCellValue("Provinciale verdeling van opvangplekken");
            s.createRow(r++).createCell(0).setCellValue("Het kabinet heeft de opgave per provincie bekendgemaakt.");
            r++;
            r = tabel(s, r, "Provinciale opgaven per 1 januari 2024 totaal", "Opgave (inclusief amv)", 1);
            r++;
            tabel(s, r, "Provinciale opgaven per 1 januari 2024 voor amv", "Opgave", 2);
            Path p = map.resolve("coa-provinciale-verdeling.xlsx");
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
            return p;
        }
    }

    private static int tabel(Sheet s, int r, String titel, String kop, int kolom) {
        s.createRow(r++).createCell(0).setCellValue(titel);
        Row k = s.createRow(r++);
        k.createCell(0).setCellValue("Provincie");
        k.createCell(1).setCellValue(kop);
        for (Object[] rij : PAGINA) {
            Row x = s.createRow(r++);
            x.createCell(0).setCellValue((String) rij[0]);
            x.createCell(1).setCellValue((String) rij[kolom]);
        }
        return r;
    }

    @Test
    void twee_gestapelde_tabellen_met_namen_en_tekstgetallen_via_het_profiel_alleen() throws Exception {
        Leesresultaat<Bronprofiel> profiel = BronprofielLader.lees(PROFIEL);
        assertThat(profiel.meldingen()).isEmpty();
        assertThat(profiel.waarde().tabellen()).hasSize(2);

        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(pagina(), profiel.waarde(), TestData.indeling());

        assertThat(r.meldingen()).isEmpty();
        Map<String, Long> asiel = perGebied(r.waarde(), Opgave.ASIEL);
        Map<String, Long> amv = perGebied(r.waarde(), Opgave.ASIEL_AMV);
        assertThat(asiel).hasSize(13).containsEntry("PV23", 4_001L).containsEntry("PV21", 3_744L)
                .containsEntry("PV28", 18_593L).containsEntry("NL", 75_500L);
        assertThat(amv).hasSize(13).containsEntry("PV23", 339L).containsEntry("PV28", 1_086L).containsEntry("NL", 5_088L);
        // By hand: the twelve provinces add to 75.499 (the page prints 75.500) and to 5.088 for amv.
        assertThat(asiel.entrySet().stream().filter(e -> !e.getKey().equals("NL")).mapToLong(Map.Entry::getValue).sum()).isEqualTo(75_499L);
        assertThat(amv.entrySet().stream().filter(e -> !e.getKey().equals("NL")).mapToLong(Map.Entry::getValue).sum()).isEqualTo(5_088L);
    }

    @Test
    void ontbrekende_tweede_tabel_noemt_haar_titel() throws Exception {
        Path p = pagina();
        Bronprofiel profiel = BronprofielLader.lees(PROFIEL).waarde();
        Bronprofiel.Tabel amv = profiel.tabellen().get(1);
        Bronprofiel zonder = new Bronprofiel(profiel.naam(), null, profiel.blad(), 5, profiel.gebied(), profiel.totaalregels(),
                List.of(), null, List.of(profiel.tabellen().get(0),
                new Bronprofiel.Tabel(List.of("Provinciale opgaven per 1 juli 2024"), amv.gebied(), amv.totaalregels(), amv.cijfers())));

        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(p, zonder, TestData.indeling());

        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.toString())
                .contains("tabel niet gevonden", "Provinciale opgaven per 1 juli 2024"));
    }

    private static Map<String, Long> perGebied(List<LandelijkCijfer> cijfers, Opgave opgave) {
        return cijfers.stream().filter(c -> c.opgave() == opgave)
                .collect(Collectors.toMap(LandelijkCijfer::gebiedCode, LandelijkCijfer::aantal));
    }
}
