package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main in its own JVM, as users' scripts run it (SPEC §4): exit code 0, 2 or 1 with one
 * line on stderr, the published package kept on failure, and a killed run that the next command
 * resumes and completes once. Uses the test class path, so it needs no packaged jar.
 */
class AfsluitcodeTest {

    @TempDir
    Path tmp;

    Kindproces.Uitkomst regietafel(String... args) throws Exception {
        return Kindproces.in(tmp).draai(args);
    }

    Process start(String... args) throws IOException {
        return Kindproces.in(tmp).start(args);
    }

    @Test
    void nul_voor_de_voorbeeldmaand_en_twee_met_een_afgewezen_bestand() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Path output = tmp.resolve("output");

        Kindproces.Uitkomst goed = regietafel("--input=" + input, "--output=" + output);
        assertThat(goed.code()).as(goed.stdout()).isZero();
        assertThat(goed.stderr()).isEmpty();
        assertThat(goed.stdout()).contains("Klaar.");
        assertThat(output.resolve("2022-12/procesplan/procesplan-tabellen.pdf")).isRegularFile();

        Invoerbank.variantVanEnschede(input, "GM0153-enschede-v2.xlsx", wb -> Invoerbank.cel(wb, "Locaties", 2, 'F').setCellValue(-3));
        Kindproces.Uitkomst afgewezen = regietafel("--input=" + input, "--output=" + output);
        assertThat(afgewezen.code()).as(afgewezen.stdout()).isEqualTo(2);
        assertThat(afgewezen.stdout()).contains(
                "afgewezen: retouren/2022-12/GM0153-enschede-v2.xlsx, blad Locaties, rij 2, kolom F (Capaciteit): negatief getal (-3)",
                "Klaar, maar 1 melding(en) van afwijzing");
        // two runs, the second over files it knows: H2 had nothing to trace (was 13 MB per run)
        assertThat(tmp.resolve("db/regietafel.trace.db")).as("H2-tracebestand").doesNotExist();
    }

    @Test
    void een_voor_een_ontbrekende_invoermap_zonder_spring() throws Exception {
        Kindproces.Uitkomst u = regietafel("--input=" + tmp.resolve("nergens"));
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.stderr()).containsExactly("regietafel: Invoermap '" + tmp.resolve("nergens") + "' bestaat niet.");
        assertThat(u.stdout()).isEmpty();
    }

    @Test
    void een_als_de_job_mislukt_en_het_gepubliceerde_pakket_blijft_staan() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        assertThat(regietafel("--input=" + input, "--output=" + output).code()).isZero();
        Map<String, String> gepubliceerd = bestanden(output.resolve("2022-12"));
        Files.delete(input.resolve("referentie/gemeenten-alfabetisch-2023.csv"));

        Kindproces.Uitkomst u = regietafel("--input=" + input, "--output=" + output);

        assertThat(u.code()).as(u.stdout()).isEqualTo(1);
        assertThat(u.stderr()).as("één regel").hasSize(1);
        assertThat(u.stderr().get(0)).startsWith("regietafel: ").contains("Referentiegegevens onleesbaar");
        assertThat(bestanden(output.resolve("2022-12"))).isEqualTo(gepubliceerd);
    }

    @Test
    void een_afgeschoten_run_wordt_door_de_volgende_opdracht_hervat() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Path output = tmp.resolve("output");
        Process p = start("--input=" + input, "--output=" + output);
        try (BufferedReader uit = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String regel; (regel = uit.readLine()) != null; ) {
                // the documents are under way: a second or more after the job's start was committed, which H2 writes
                // to the file within half a second (WRITE_DELAY); a kill right after the import's first lines could
                // come before that, and then the store knew of no run to resume (1 in 8 runs on a fast machine)
                if (regel.contains("procesplan:")) break;
            }
        }
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(telling("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'STARTED'")).as("achtergelaten").isPositive();

        Kindproces.Uitkomst u = regietafel("--input=" + input, "--output=" + output);

        assertThat(u.code()).as(u.stdout()).isZero();
        assertThat(u.stdout()).contains("afgebroken achtergelaten", "wordt hervat");
        assertThat(telling("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'STARTED'")).isZero();
        assertThat(telling("SELECT COUNT(*) FROM batch_job_instance WHERE job_name = 'maand'")).isEqualTo(1);
        assertThat(telling("SELECT COUNT(*) FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id "
                + "WHERE i.job_name = 'maand' AND e.status = 'COMPLETED'")).isEqualTo(1);
        assertThat(telling("SELECT COUNT(*) FROM retour")).isEqualTo(14);
        assertThat(telling("SELECT COUNT(*) FROM invoerbestand WHERE soort = 'RETOUR'")).isEqualTo(14);
        assertThat(output.resolve("2022-12/procesplan/procesplan-tabellen.xlsx")).isRegularFile();
    }

    long telling(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/regietafel"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, String> bestanden(Path map) throws IOException {
        return Kindproces.bestanden(map);
    }
}
