package nl.regietafel.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the sample month into a temp folder and reads it back with POI: the key totals of
 * the procesplan must come out exactly.
 */
class SampleMonthGeneratorTest {

    @TempDir
    static Path tmp;

    static Path input;
    static List<Map<String, Object>> locaties = new ArrayList<>();
    static List<Map<String, Object>> statushouders = new ArrayList<>();
    static int retouren;

    /** Reference data: the copies the repository ships (the generator's default). */
    static Path bron() {
        return Path.of(SampleMonthGenerator.BRON_REFERENTIE);
    }

    @BeforeAll
    static void genereer() throws IOException {
        input = tmp.resolve("input");
        SampleMonthGenerator.generate(input, bron());
        try (Stream<Path> files = Files.list(input.resolve("retouren/2022-12"))) {
            for (Path p : files.sorted().toList()) {
                retouren++;
                try (InputStream in = Files.newInputStream(p); Workbook wb = new XSSFWorkbook(in)) {
                    locaties.addAll(rijen(wb.getSheet("Locaties")));
                    statushouders.addAll(rijen(wb.getSheet("Statushouders")));
                    assertThat(wb.getSheet("Gemeente").getRow(2).getCell(1).getStringCellValue()).isEqualTo("2022-12");
                    assertThat(wb.getSheet("Knelpunten").getLastRowNum()).isBetween(1, 3);
                }
            }
        }
    }

    static List<Map<String, Object>> rijen(Sheet sh) {
        List<Map<String, Object>> uit = new ArrayList<>();
        Row kop = sh.getRow(0);
        for (int r = 1; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            if (row == null) continue;
            Map<String, Object> m = new HashMap<>();
            for (Cell k : kop) {
                Cell c = row.getCell(k.getColumnIndex());
                if (c == null) continue;
                m.put(k.getStringCellValue(), c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue()
                        : c.getStringCellValue());
            }
            uit.add(m);
        }
        return uit;
    }

    static long som(List<Map<String, Object>> rijen, String kolom, java.util.function.Predicate<Map<String, Object>> filter) {
        return Math.round(rijen.stream().filter(filter).mapToDouble(m -> (Double) m.getOrDefault(kolom, 0.0)).sum());
    }

    static boolean is(Map<String, Object> m, String kolom, String waarde) {
        return waarde.equals(m.get(kolom));
    }

    @Test
    void veertienRetouren() {
        assertThat(retouren).isEqualTo(14);
        assertThat(input.resolve("retouren/2022-12/GM1735-hof-van-twente.xlsx")).exists();
        assertThat(input.resolve("retouren/2022-12/GM0164-hengelo.xlsx")).exists();
    }

    @Test
    void reguliereAsielopvang794() {
        long regulier = som(locaties, "Capaciteit", m -> (is(m, "Doelgroep", "Asielzoekers") || is(m, "Doelgroep", "AMV"))
                && !is(m, "Soort", "CNO") && is(m, "Status", "In gebruik"));
        assertThat(regulier).isEqualTo(794);
    }

    @Test
    void cno16Locaties379Waarvan343InGebruik() {
        assertThat(locaties.stream().filter(m -> is(m, "Soort", "CNO")).count()).isEqualTo(16);
        assertThat(som(locaties, "Capaciteit", m -> is(m, "Soort", "CNO"))).isEqualTo(379);
        assertThat(som(locaties, "Capaciteit", m -> is(m, "Soort", "CNO") && is(m, "Status", "In gebruik"))).isEqualTo(343);
    }

    @Test
    void oekraine2790() {
        assertThat(som(locaties, "Capaciteit", m -> is(m, "Doelgroep", "Oekraïners") && is(m, "Status", "In gebruik")))
                .isEqualTo(2_790);
    }

    @Test
    void statushouders() {
        assertThat(som(statushouders, "Taakstelling", m -> is(m, "Halfjaar", "2023-1"))).isEqualTo(764);
        assertThat(som(statushouders, "Gehuisvest", m -> is(m, "Halfjaar", "2023-1"))).isZero();
        assertThat(som(statushouders, "Waarvan AMV", m -> true)).isZero();
        long taak22 = som(statushouders, "Taakstelling", m -> is(m, "Halfjaar", "2022-2"));
        long achter22 = som(statushouders, "Achterstand begin periode", m -> is(m, "Halfjaar", "2022-2"));
        long gehuisvest22 = som(statushouders, "Gehuisvest", m -> is(m, "Halfjaar", "2022-2"));
        assertThat(taak22).isBetween(480L, 495L); // ~ 764 x 13.500 / 21.200
        assertThat(gehuisvest22).isGreaterThanOrEqualTo(taak22 + achter22); // "Taakstelling '22 gerealiseerd"
    }

    @Test
    void pijplijnPerOpgave() {
        assertThat(som(locaties, "Capaciteit", m -> is(m, "Doelgroep", "Asielzoekers") && pijplijn(m))
                + som(locaties, "Capaciteit", m -> is(m, "Doelgroep", "AMV") && pijplijn(m))).isPositive();
        assertThat(som(locaties, "Capaciteit", m -> is(m, "Doelgroep", "Statushouders") && pijplijn(m))).isPositive();
        assertThat(som(locaties, "Capaciteit", m -> is(m, "Doelgroep", "Oekraïners") && pijplijn(m))).isPositive();
    }

    static boolean pijplijn(Map<String, Object> m) {
        return List.of("Idee", "Besluit college", "Besluit raad", "Vergunning", "In aanbouw").contains(m.get("Status"));
    }

    @Test
    void circulaireEnCoaInformatieset() throws IOException {
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(input.resolve("landelijk/circulaire-taakstelling-2023-1-bijlage-a.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Bijlage A");
            long gemeenten = 0;
            Map<String, Long> totalen = new HashMap<>();
            for (int r = 4; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                String naam = f.formatCellValue(row.getCell(1));
                long v = Math.round(row.getCell(3).getNumericCellValue());
                if (naam.startsWith("Subtotaal") || naam.startsWith("Totaal")) totalen.put(naam, v);
                else gemeenten += v;
            }
            assertThat(gemeenten).isEqualTo(764);
            assertThat(totalen).containsEntry("Subtotaal Twente", 764L)
                    .containsEntry("Subtotaal provincie Overijssel", 1_413L)
                    .containsEntry("Totaal Nederland", 21_200L);
        }
        try (InputStream in = Files.newInputStream(input.resolve("landelijk/prt-overijssel-verdeling-per-veiligheidsregio.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            Row totaal = wb.getSheet("Verdeling VR").getRow(6);
            assertThat(totaal.getCell(0).getStringCellValue()).isEqualTo("Totaal Overijssel");
            assertThat(totaal.getCell(1).getNumericCellValue()).isEqualTo(3_593d); // the procesplan's slip, kept
        }
        assertThat(input.resolve("landelijk/documenten.yaml")).exists();
        try (Stream<Path> profielen = Files.list(input.resolve("profielen"))) {
            assertThat(profielen.count()).isEqualTo(10);
        }
    }

    @Test
    void deterministisch() throws IOException {
        Path tweede = tmp.resolve("tweede");
        SampleMonthGenerator.generate(tweede, bron());
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(tweede.resolve(input.relativize(p)))).as(p.toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    /** The shipped input is what the generator makes: December 2022 and the twelve months after it, byte for byte. */
    @Test
    void deMeegeleverdeInvoerIsWatDeGeneratorMaakt() throws IOException {
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(Path.of("input").resolve(input.relativize(p).toString()))).as(p.toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    /** Thirteen months of 14 returns, each read by the tool's own reader without a fault, for its own month. */
    @Test
    void dertienMaanden() throws IOException {
        var indeling = nl.regietafel.ingest.ReferentieReader.lees(input.resolve("referentie")).waarde().indeling();
        for (java.time.YearMonth m = java.time.YearMonth.of(2022, 12); !m.isAfter(java.time.YearMonth.of(2023, 12)); m = m.plusMonths(1)) {
            try (Stream<Path> files = Files.list(input.resolve("retouren").resolve(m.toString()))) {
                List<Path> retouren = files.sorted().toList();
                assertThat(retouren).as(m.toString()).hasSize(14);
                for (Path p : retouren) {
                    var r = nl.regietafel.ingest.MaandretourReader.lees(p, indeling, m);
                    assertThat(r.fouten()).as(p.toString()).isEmpty();
                    assertThat(r.waarde().peilmaand()).isEqualTo(m);
                }
            }
        }
    }
}
