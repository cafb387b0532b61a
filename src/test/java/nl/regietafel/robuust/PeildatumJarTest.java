package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 end to end, through the real main in its own JVM: one changed return changes exactly
 * the peildata it should. Each variant runs on its own copy of the input and its own store.
 *
 * <p>Hand-computed from the sample returns (Twente, December 2022), ASIEL: in use 794 (AZC Almelo
 * 294, AZC Hengelo 300, AZC Albergen 200, all available until 2027 or later); plans: Hof van Twente
 * 150 (Besluit college, open 1-10-2023), AMV Almelo 50 (Idee, 1-10-2023), Enschede 300 (Idee, 1-1-2024).
 * <ul>
 * <li>1-4-2023: opgave 1.944, available 794, gap 1.150, no plan open by then: gap na pijplijn 1.150.</li>
 * <li>1-1-2024: opgave 2.164, available 794, gap 1.370, decided 150, idea 350: gap na pijplijn 1.220.</li>
 * </ul>
 * A new AZC plan of 1.000 places (Besluit college) opening 1-12-2023 leaves 1-4-2023 as it is and
 * makes 1-1-2024 decided 1.150, gap na pijplijn 1.370 − 1.150 = 220. An AZC of 100 places in use
 * until 1-2-2023 is in use now (894) but gone on 1-4-2023: vervalt 100, available still 794, gap 1.150.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeildatumJarTest {

    @TempDir
    static Path tmp;

    /** Overzicht columns: opgave, peildatum … in gebruik (5), vervalt (6), beschikbaar (7), gap (8), besloten (9), idee (10), gap na pijplijn (11). */
    record Cijfers(long inGebruik, long vervalt, long beschikbaar, long gap, long besloten, long idee, long gapNaPijplijn) {
    }

    Cijfers[] basis;
    Cijfers[] nieuwPlan;
    Cijfers[] vervallen;

    @BeforeAll
    void drieRuns() throws Exception {
        basis = run("basis", null);
        nieuwPlan = run("plan", new String[]{"AZC-PLAN-1000", "Nieuw AZC Enschede-Zuid", "Enschede", "Asielzoekers", "AZC", "1000", "0",
                "Besluit college", "2023-12-01", "", "Proef issue 8", ""});
        vervallen = run("vervalt", new String[]{"AZC-TIJDELIJK", "Tijdelijk AZC Enschede", "Enschede", "Asielzoekers", "AZC", "100", "90",
                "In gebruik", "2022-06-01", "2023-02-01", "Proef issue 8", ""});
    }

    @Test
    void deVoorbeeldmaandTeltOpElkePeildatumWatErDanIs() {
        assertThat(basis[0]).isEqualTo(new Cijfers(794, 0, 794, 1_150, 0, 0, 1_150));
        assertThat(basis[1]).isEqualTo(new Cijfers(794, 0, 794, 1_370, 150, 350, 1_220));
    }

    @Test
    void eenPlanDatOpentNa1April2023LaatDiePeildatumOngemoeidEnVerandert1Januari2024() {
        assertThat(nieuwPlan[0]).isEqualTo(basis[0]);
        assertThat(nieuwPlan[1]).isEqualTo(new Cijfers(794, 0, 794, 1_370, 1_150, 350, 220));
    }

    @Test
    void eenAzcDatOp1Februari2023EindigtTeltNietMeerOp1April2023() {
        assertThat(vervallen[0]).isEqualTo(new Cijfers(894, 100, 794, 1_150, 0, 0, 1_150));
        assertThat(vervallen[1]).isEqualTo(new Cijfers(894, 100, 794, 1_370, 150, 350, 1_220));
    }

    /** Runs the month on a copy of the input (with one extra location row in Enschede's return); ASIEL 1-4-2023 and 1-1-2024. */
    private Cijfers[] run(String naam, String[] extraLocatie) throws Exception {
        Path map = tmp.resolve(naam);
        Path input = Invoerbank.kopieVanInput(map.resolve("input"));
        if (extraLocatie != null) {
            Path enschede = input.resolve(Invoerbank.RETOURMAP).resolve("GM0153-enschede.xlsx");
            Invoerbank.variant(enschede, enschede, wb -> {
                Sheet s = wb.getSheet("Locaties");
                Row r = s.createRow(s.getLastRowNum() + 1);
                for (int i = 0; i < extraLocatie.length; i++) {
                    if (extraLocatie[i].isEmpty()) continue;
                    if (i == 5 || i == 6) r.createCell(i).setCellValue(Long.parseLong(extraLocatie[i]));
                    else r.createCell(i).setCellValue(extraLocatie[i]);
                }
            });
        }
        Path output = map.resolve("output");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.regietafel.RegietafelApplication",
                "--spring.datasource.url=jdbc:h2:file:" + map.resolve("db/regietafel"),
                "--regietafel.data-map=" + map.resolve("data"), "--input=" + input, "--output=" + output));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(uit).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(output.resolve("2022-12/maandpakket.xlsx").toFile())) {
            Sheet s = wb.getSheet("Overzicht");
            return new Cijfers[]{cijfers(s, LocalDate.of(2023, 4, 1)), cijfers(s, LocalDate.of(2024, 1, 1))};
        }
    }

    private static Cijfers cijfers(Sheet s, LocalDate peildatum) {
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            if (r.getCell(1) == null || !f.formatCellValue(r.getCell(0)).equals("Asielzoekers (incl. AMV's)")) continue;
            if (!r.getCell(1).getLocalDateTimeCellValue().toLocalDate().equals(peildatum)) continue;
            long[] v = new long[7];
            for (int i = 0; i < 7; i++) v[i] = (long) r.getCell(5 + i).getNumericCellValue();
            return new Cijfers(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }
        throw new AssertionError("geen regel Asielzoekers " + peildatum + " in het overzicht");
    }
}
