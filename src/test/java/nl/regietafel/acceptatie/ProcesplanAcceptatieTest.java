package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The procesplan's own figures are the acceptance data (issue 2): the shipped sample month,
 * run through import, verdeling and rapportage, must give Tabel 2.1, Tabel 2.2, Bijlage 3 and
 * Bijlage 4 exactly, in the XLSX and in the PDF.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:procesplan;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/procesplan"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcesplanAcceptatieTest {

    @Autowired
    JobStarter starter;

    Path output;
    JobExecution uitvoering;
    XSSFWorkbook xlsx;
    String pdf;

    @BeforeAll
    void runDeMaand() throws Exception {
        output = Maandrun.tempOutput("procesplan");
        Run run = Maandrun.twente(output);
        uitvoering = starter.start("maand", run);
        Path map = output.resolve("2022-12/procesplan");
        xlsx = new XSSFWorkbook(map.resolve("procesplan-tabellen.xlsx").toFile());
        try (PdfReader reader = new PdfReader(map.resolve("procesplan-tabellen.pdf").toString())) {
            StringBuilder tekst = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                tekst.append(extractor.getTextFromPage(p)).append('\n');
            }
            // Line breaks in table cells are layout, not content.
            pdf = tekst.toString().replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    @Test
    void deMaandIsVoltooid() {
        assertThat(uitvoering.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(uitvoering.getJobParameters().getString("periode")).isEqualTo("2022-12");
        assertThat(uitvoering.getJobParameters().getString("regio")).isEqualTo("VR05");
    }

    @Test
    void tabel21() {
        Map<String, List<Object>> t = rijen("Tabel 2.1");
        // vastgesteld, berekend, quotum per peildatum: 1 april 2023, 1 januari 2024
        assertThat(getallen(t.get("IJsselland"), 0, 3)).containsExactly(1650L, 1837L);
        assertThat(getallen(t.get("Twente"), 0, 3)).containsExactly(1944L, 2164L);
        assertThat(getallen(t.get("IJsselland"), 1, 4)).containsExactly(1649L, 1837L);
        assertThat(getallen(t.get("Totaal Overijssel (volgens bron)"), 0, 3)).containsExactly(3593L, 4001L);
        // the slip stays visible: the live sum of the regions is 3.594
        assertThat(getallen(t.get("Som van de veiligheidsregio's"), 0, 3)).containsExactly(3594L, 4001L);
        assertThat(pdf).contains("1.650", "1.837", "1.944", "2.164", "3.593", "4.001", "3.594 ≠ 3.593");
    }

    @Test
    void tabel22() {
        Map<String, List<Object>> t = rijen("Tabel 2.2", 1);
        // per year: figure, explanation, footnote; then the realisatie
        assertThat(getallen(t.get("Asielzoekers (incl. AMV's)"), 0, 3)).containsExactly(1944L, 2164L);
        assertThat(getallen(t.get("Waarvan AMV's"), 0, 3)).containsExactly(133L, 183L);
        assertThat(getallen(t.get("Statushouders"), 0, 3)).containsExactly(1550L, 1550L);
        assertThat(getallen(t.get("Oekraïense ontheemden"), 0, 3)).containsExactly(3600L, 4800L);
        List<Object> statushouders = t.get("Statushouders");
        assertThat((String) statushouders.get(1)).contains("764 1e helft 2023", "ca. 800 2e helft 2023");
        assertThat(t.get("Asielzoekers (incl. AMV's)").get(6)).isEqualTo("794 regulier · 343 CNO");
        assertThat(t.get("Oekraïense ontheemden").get(6)).isEqualTo("2.790");
        assertThat(t.get("Statushouders").get(6)).isEqualTo("Taakstelling '22 gerealiseerd");
        // 2a: no figure for 2023, 115 for 2024 (213 for Overijssel, share of Twente by inwoners)
        List<Object> amvStatushouders = new ArrayList<>();
        xlsx.getSheet("Tabel 2.2").forEach(r -> {
            if (r.getCell(0) != null && "2a.".equals(r.getCell(0).getStringCellValue())) {
                amvStatushouders.add(r.getCell(5).getNumericCellValue());
            }
        });
        assertThat(amvStatushouders).containsExactly(115.0);
        assertThat(pdf).contains("794 regulier", "343 CNO", "133", "183", "1.550 (764 1e helft 2023, ca. 800 2e helft 2023)",
                "115", "3.600", "4.800", "2.790");
    }

    @Test
    void bijlage3Statushouders() {
        Map<String, List<Object>> t = rijen("Bijlage 3 statushouders");
        Map<String, Long> verwacht = new LinkedHashMap<>();
        verwacht.put("Almelo", 88L);
        verwacht.put("Borne", 29L);
        verwacht.put("Dinkelland", 32L);
        verwacht.put("Enschede", 193L);
        verwacht.put("Haaksbergen", 30L);
        verwacht.put("Hellendoorn", 43L);
        verwacht.put("Hengelo", 98L);
        verwacht.put("Hof van Twente", 42L);
        verwacht.put("Losser", 28L);
        verwacht.put("Oldenzaal", 38L);
        verwacht.put("Rijssen-Holten", 46L);
        verwacht.put("Tubbergen", 26L);
        verwacht.put("Twenterand", 41L);
        verwacht.put("Wierden", 30L);
        // columns after the name: code, inwoners, taakstelling, berekend, quotum, verschil
        verwacht.forEach((gemeente, taakstelling) -> assertThat(getal(t.get(gemeente).get(2))).as(gemeente).isEqualTo(taakstelling));
        // berekend by art. 29 at vg = 21.039 over 342 gemeenten: equal to the circulaire everywhere (not 194 / 29 as a regional split gave)
        verwacht.forEach((gemeente, taakstelling) -> assertThat(getal(t.get(gemeente).get(3))).as(gemeente).isEqualTo(taakstelling));
        // Tabel 2.2's footnote names the national number behind the 21.200
        assertThat(pdf).contains("Landelijk getal volgens art. 29 Huisvestingswet 2014: 21.039");
        assertThat(getal(t.get("Enschede").get(1))).isEqualTo(160640L);
        assertThat(getal(t.get("Subtotaal Twente").get(1))).isEqualTo(633917L);
        assertThat(getal(t.get("Subtotaal Twente").get(2))).isEqualTo(764L);
        assertThat(getal(t.get("Subtotaal provincie Overijssel (volgens bron)").get(1))).isEqualTo(1171910L);
        assertThat(getal(t.get("Subtotaal provincie Overijssel (volgens bron)").get(2))).isEqualTo(1413L);
        assertThat(pdf).contains("633.917", "764", "1.171.910", "1.413");
    }

    @Test
    void bijlage3Asiel() {
        Map<String, List<Object>> t = rijen("Bijlage 3 asiel");
        long[][] verwacht = {
                {202, 224, 250}, {66, 74, 82}, {74, 82, 91}, {445, 493, 548}, {67, 74, 83}, {99, 110, 123}, {225, 250, 278},
                {97, 107, 120}, {64, 71, 79}, {88, 97, 108}, {106, 117, 131}, {59, 66, 73}, {93, 103, 115}, {68, 76, 84}};
        String[] gemeenten = {"Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo",
                "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden"};
        for (int i = 0; i < gemeenten.length; i++) {
            assertThat(getallen(t.get(gemeenten[i]), 0, 3, 6)).as(gemeenten[i])
                    .containsExactly(verwacht[i][0], verwacht[i][1], verwacht[i][2]);
        }
        assertThat(getallen(t.get("Totaal volgens bron"), 0, 3, 6)).containsExactly(1754L, 1944L, 2164L);
        // largest remainder over Bijlage 3's inwoners reproduces the 01-04-23 column exactly
        for (int i = 0; i < gemeenten.length; i++) {
            assertThat(getal(t.get(gemeenten[i]).get(4))).as(gemeenten[i]).isEqualTo(verwacht[i][1]);
        }
        assertThat(pdf).contains("1.754", "1.944", "2.164", "493");
    }

    @Test
    void bijlage4() {
        Sheet blad = xlsx.getSheet("Bijlage 4");
        int kop = kopRij(blad, "CNO");
        int regels = 0;
        long som = 0;
        for (int r = kop + 1; r <= blad.getLastRowNum(); r++) {
            Row rij = blad.getRow(r);
            if (rij == null || rij.getCell(0) == null) break;
            String naam = rij.getCell(0).getStringCellValue();
            if (naam.equals("Totaal")) {
                assertThat(rij.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(rij.getCell(2).getNumericCellValue()).isEqualTo(379.0);
                break;
            }
            regels++;
            if (rij.getCell(2) != null) som += (long) rij.getCell(2).getNumericCellValue();
        }
        assertThat(regels).isEqualTo(17);
        assertThat(som).isEqualTo(379);
        assertThat(pdf).contains("Dinkelland (Tubbergen/Oldenzaal/Losser)", "N.v.t.", "379", "343");
    }

    @Test
    void pdfHeeftPaginanummersEnVingerafdruk() {
        assertThat(pdf).contains("pagina 1 van", "vingerafdruk", "Periode december 2022");
    }

    // --------------------------------------------------------------- helpers

    private Map<String, List<Object>> rijen(String blad) {
        return rijen(blad, 0);
    }

    /** The rows of a sheet's table keyed by the text in column {@code sleutelKolom}; values as Long or String. */
    private Map<String, List<Object>> rijen(String naam, int sleutelKolom) {
        Sheet blad = xlsx.getSheet(naam);
        assertThat(blad).as("blad " + naam).isNotNull();
        Map<String, List<Object>> uit = new LinkedHashMap<>();
        for (Row rij : blad) {
            Cell sleutel = rij.getCell(sleutelKolom);
            if (sleutel == null || sleutel.getCellType() != CellType.STRING) continue;
            List<Object> waarden = new ArrayList<>();
            for (int k = sleutelKolom + 1; k < rij.getLastCellNum(); k++) {
                Cell c = rij.getCell(k);
                waarden.add(c == null ? null : switch (c.getCellType()) {
                    case NUMERIC -> c.getNumericCellValue();
                    case FORMULA -> c.getNumericCellValue();
                    case STRING -> c.getStringCellValue();
                    default -> null;
                });
            }
            uit.putIfAbsent(sleutel.getStringCellValue(), waarden);
        }
        return uit;
    }

    private static List<Long> getallen(List<Object> rij, int... kolommen) {
        List<Long> uit = new ArrayList<>();
        for (int k : kolommen) uit.add(getal(rij.get(k)));
        return uit;
    }

    private static Long getal(Object o) {
        return o == null ? null : Math.round((Double) o);
    }

    private static int kopRij(Sheet blad, String kop) {
        for (Row r : blad) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && r.getCell(0).getStringCellValue().equals(kop)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("geen kopregel " + kop);
    }

    static File bestand(Path p) {
        return p.toFile();
    }
}
