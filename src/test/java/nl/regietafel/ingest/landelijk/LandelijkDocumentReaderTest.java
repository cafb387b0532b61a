package nl.regietafel.ingest.landelijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.Melding;
import nl.regietafel.ingest.TestData;

class LandelijkDocumentReaderTest {

    static final Path PROFIELEN = Path.of("src/test/resources/profielen");
    final Gebiedsindeling indeling = TestData.indeling();

    @TempDir
    Path map;

    static Bronprofiel profiel(String naam) {
        Leesresultaat<Bronprofiel> r = BronprofielLader.lees(PROFIELEN.resolve(naam + ".yaml"));
        assertThat(r.meldingen()).isEmpty();
        return r.waarde();
    }

    /** Bijlage A with only names: title rows, header in row 4, Twente, subtotals, a footnote. */
    Path bijlageA(Consumer<Sheet> aanpassing) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Toelichting").createRow(0).createCell(0).setCellValue("Voor mensen");
            Sheet s = wb.createSheet("Bijlage A ");
            s.createRow(0).createCell(0).setCellValue("Bijlage A bij de circulaire taakstelling 1e helft 2023");
            s.createRow(1).createCell(0).setCellValue("Ministerie van BZK");
            Row kop = s.createRow(3);
            kop.createCell(0).setCellValue("Gemeente");
            kop.createCell(1).setCellValue("Inwoners");
            kop.createCell(2).setCellValue("Taakstelling 1e helft 2023*");
            Object[][] rijen = {
                    {"Almelo", 88}, {"Borne", 29}, {"Enschede", 193}, {"Hengelo (O.)", "98"}, {"Gemeente Losser", 28},
                    {"Tubbergen", null}, {"Subtotaal Twente", "1.944"}, {"Subtotaal provincie Overijssel", 1412},
                    {"Totaal Nederland", 21200}, {null, null}, {"* Bron: CBS, bewerking BZK", null}};
            for (int i = 0; i < rijen.length; i++) {
                Row r = s.createRow(4 + i);
                if (rijen[i][0] != null) r.createCell(0).setCellValue((String) rijen[i][0]);
                r.createCell(1).setCellValue(1000 + i);
                if (rijen[i][1] instanceof Integer n) r.createCell(2).setCellValue(n);
                if (rijen[i][1] instanceof String t) r.createCell(2).setCellValue(t);
            }
            aanpassing.accept(s);
            Path p = map.resolve("circulaire-taakstelling-2023-1-bijlage-a.xlsx");
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
            return p;
        }
    }

    @Test
    void bijlage_a_met_alleen_gemeentenamen_en_totaalregels() throws Exception {
        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(bijlageA(s -> { }), profiel("bijlage-a-alleen-namen"), indeling);

        assertThat(r.fouten()).isEmpty();
        Map<String, Long> perGebied = r.waarde().stream().collect(Collectors.toMap(LandelijkCijfer::gebiedCode, LandelijkCijfer::aantal));
        assertThat(perGebied).containsExactlyInAnyOrderEntriesOf(Map.of(
                "GM0141", 88L, "GM0147", 29L, "GM0153", 193L, "GM0164", 98L, "GM0168", 28L,
                "VR05", 1944L, "PV23", 1412L, "NL", 21200L));
        assertThat(r.waarde()).allSatisfy(c -> {
            assertThat(c.opgave()).isEqualTo(Opgave.STATUSHOUDERS);
            assertThat(c.peildatum()).isEqualTo(Peildatum.of("2023-1"));
            assertThat(c.scenario()).isNull();
        });
        assertThat(r.waarschuwingen()).singleElement().satisfies(w -> assertThat(w.omschrijving())
                .contains("blad 'Bijlage A '", "rij 15", "kolom A (Gemeente)", "rij overgeslagen"));
    }

    @Test
    void totaal_alleen_en_totaal_landelijk_zijn_nederland() throws Exception {
        for (String t : List.of("Totaal", "TOTAAL LANDELIJK")) {
            Path p = bijlageA(s -> s.getRow(12).getCell(0).setCellValue(t));
            assertThat(LandelijkDocumentReader.lees(p, profiel("bijlage-a-alleen-namen"), indeling).waarde())
                    .anySatisfy(c -> assertThat(c.gebiedCode()).isEqualTo("NL"));
        }
    }

    @Test
    void onbekend_gebied_met_cijfer_wordt_afgewezen_met_rij_en_kolom() throws Exception {
        Path p = bijlageA(s -> s.getRow(5).getCell(0).setCellValue("Bornerbroek"));
        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(p, profiel("bijlage-a-alleen-namen"), indeling);

        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.omschrijving()).contains(
                "circulaire-taakstelling-2023-1-bijlage-a.xlsx", "blad 'Bijlage A '", "rij 6", "kolom A (Gemeente)", "onbekende gemeente 'Bornerbroek'"));
    }

    @Test
    void negatief_of_tekst_als_cijfer_wordt_afgewezen() throws Exception {
        Path p = bijlageA(s -> {
            s.getRow(4).getCell(2).setCellValue(-88);
            s.getRow(6).getCell(2).setCellValue("n.v.t.");
        });
        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(p, profiel("bijlage-a-alleen-namen"), indeling);
        assertThat(r.fouten()).extracting(Melding::omschrijving).satisfiesExactly(
                f -> assertThat(f).contains("rij 5", "kolom C (Taakstelling 1e helft 2023*)", "negatief"),
                f -> assertThat(f).contains("rij 7", "kolom C (Taakstelling 1e helft 2023*)", "geen getal"));
    }

    @Test
    void absurd_getal_per_gebied_maar_landelijk_totaal_mag_groter() throws Exception {
        Path p = bijlageA(s -> {
            s.getRow(5).getCell(2).setCellValue(290_000);
            s.getRow(12).getCell(2).setCellValue(120_000);
        });
        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(p, profiel("bijlage-a-alleen-namen"), indeling);
        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.omschrijving())
                .contains("rij 6", "kolom C (Taakstelling 1e helft 2023*)", "onwaarschijnlijk groot getal (290.000) voor Borne; maximaal 100.000"));
    }

    @Test
    void ontbrekend_blad_en_ontbrekende_kopregel() throws Exception {
        Bronprofiel ander = new Bronprofiel("x", null, List.of("Tabel 1"), 10, profiel("bijlage-a-alleen-namen").gebied(),
                List.of(), profiel("bijlage-a-alleen-namen").cijfers(), null);
        Leesresultaat<List<LandelijkCijfer>> geenBlad = LandelijkDocumentReader.lees(bijlageA(s -> { }), ander, indeling);
        assertThat(geenBlad.fouten()).singleElement().satisfies(f -> assertThat(f.omschrijving()).contains("blad 'Tabel 1'", "blad niet gevonden"));

        Path p = bijlageA(s -> s.getRow(3).getCell(2).setCellValue("Opgave"));
        Leesresultaat<List<LandelijkCijfer>> geenKop = LandelijkDocumentReader.lees(p, profiel("bijlage-a-alleen-namen"), indeling);
        assertThat(geenKop.fouten()).singleElement().satisfies(f -> assertThat(f.omschrijving())
                .contains("blad 'Bijlage A '", "geen kopregel gevonden in rij 1 t/m 10", "Taakstelling 1e helft 2023"));
    }

    @Test
    void codekolom_met_getallen_en_twee_peildata() throws Exception {
        Path p = map.resolve("informatieset.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("informatieset");
            Row kop = s.createRow(0);
            String[] koppen = {"CBS-code", "Gemeente", "Plekken 01-04-2023"};
            for (int i = 0; i < koppen.length; i++) kop.createCell(i).setCellValue(koppen[i]);
            var datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("d-m-yyyy"));
            kop.createCell(3).setCellValue(java.time.LocalDate.of(2023, 12, 31)); // a date cell as header
            kop.getCell(3).setCellStyle(datum);
            Row a = s.createRow(1);
            a.createCell(0).setCellValue(153);
            a.createCell(1).setCellValue("Enschede");
            a.createCell(2).setCellValue(491);
            a.createCell(3).setCellValue(547);
            Row b = s.createRow(2);
            b.createCell(0).setCellValue("GM0164");
            b.createCell(1).setCellValue("Hengelo");
            b.createCell(2).setCellValue(250);
            Row c = s.createRow(3);
            c.createCell(0).setCellValue("GM0141");
            c.createCell(1).setCellValue("Borne");
            c.createCell(2).setCellValue(1);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Leesresultaat<List<LandelijkCijfer>> r = LandelijkDocumentReader.lees(p, profiel("informatieset-met-codes"), indeling);

        assertThat(r.fouten()).singleElement().satisfies(f -> assertThat(f.omschrijving())
                .contains("rij 4", "kolom B (Gemeente)", "GM0141 (Almelo)", "'Borne'", "horen niet bij elkaar"));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(3));
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        assertThat(LandelijkDocumentReader.lees(p, profiel("informatieset-met-codes"), indeling).waarde()).containsExactly(
                new LandelijkCijfer(Opgave.ASIEL, "GM0153", Peildatum.of("2023-04-01"), null, 491),
                new LandelijkCijfer(Opgave.ASIEL, "GM0153", Peildatum.of("2023-12-31"), null, 547),
                new LandelijkCijfer(Opgave.ASIEL, "GM0164", Peildatum.of("2023-04-01"), null, 250));
    }
}
