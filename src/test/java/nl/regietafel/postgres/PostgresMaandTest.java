package nl.regietafel.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.domain.Opgave;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.run.Run;
import nl.regietafel.store.MeldingRepository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sample month on the shared team database (profile {@code postgres}): Flyway builds the
 * schema and the batch tables, jobs launch and restart there, and the store gives the
 * procesplan's key figures as on H2. Runs when {@code POSTGRES_URL} is set ({@code .ci/run}).
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = "regietafel.data-map=target/test-data/postgres")
class PostgresMaandTest {

    private static final List<String> TABELLEN = List.of("controle", "verdeling_regel", "berekening", "knelpunt",
            "statushouders", "locatie", "retour", "landelijk_cijfer", "bron_document", "melding", "invoerbestand",
            "populatie", "gebied", "referentiestand");

    @Autowired
    JobStarter starter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Rapportbron bron;
    @Autowired
    MeldingRepository meldingen;

    @TempDir
    Path output;

    @Test
    void de_voorbeeldmaand_op_postgresql() throws Exception {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        TABELLEN.forEach(t -> jdbc.sql("DELETE FROM " + t).update());
        Run run = Run.van(new Opdracht("maand", YearMonth.of(2022, 12), "VR05", Path.of("input"), output), JobStarter.nieuwRunId());

        JobExecution uitvoering = starter.start("maand", run);

        assertThat(uitvoering.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(meldingen.aantalFouten(run.runId())).isZero();
        assertThat(Files.isRegularFile(output.resolve("2022-12/procesplan/procesplan-tabellen.pdf"))).isTrue();
        // Tabel 2.1: Overijssel over its veiligheidsregio's, 1 april 2023 (the source's figure and the computed one)
        assertThat(regel("ASIEL", "2023-04-01", "VR04")).containsExactly(1650L, 1649L);
        assertThat(regel("ASIEL", "2023-04-01", "VR05")).containsExactly(1944L, 1944L);
        assertThat(regel("ASIEL", "2024-01-01", "VR05")).containsExactly(2164L, 2164L);
        // Tabel 2.2 and the gaps, from the store
        Maandbeeld beeld = bron.maandbeeld(run, "VR05", "Maandpakket");
        assertThat(beeld.stand(Opgave.ASIEL, "2023-04-01").opgaveAantal()).isEqualTo(1944);
        assertThat(beeld.stand(Opgave.ASIEL, "2023-04-01").realisatie()).isEqualTo(794);
        assertThat(beeld.stand(Opgave.ASIEL, "2023-04-01").gap()).isEqualTo(1150);
        assertThat(beeld.stand(Opgave.ASIEL, "2024-01-01").gap()).isEqualTo(1370);
        assertThat(beeld.stand(Opgave.ASIEL_AMV, "2024-01-01").opgaveAantal()).isEqualTo(183);
        // 2.790 in use; 270 hotel places end 30-6-2023, so 2.520 are there on 1 juli 2023
        assertThat(beeld.stand(Opgave.OEKRAINE, "2023-07-01").inGebruik()).isEqualTo(2790);
        assertThat(beeld.stand(Opgave.OEKRAINE, "2023-07-01").realisatie()).isEqualTo(2520);
        assertThat(beeld.cno().plekkenInGebruik()).isEqualTo(343);
        assertThat(jdbc.sql("""
                SELECT SUM(vastgesteld) FROM verdeling_regel
                WHERE opgave = 'STATUSHOUDERS' AND peildatum = '2023-1' AND ouder_code = 'VR05'""").query(Long.class).single())
                .isEqualTo(764L);

        // the same command again: a new run, nothing stored twice
        long retouren = jdbc.sql("SELECT COUNT(*) FROM retour").query(Long.class).single();
        JobExecution nogmaals = starter.start("maand", Run.van(new Opdracht("maand", YearMonth.of(2022, 12), "VR05",
                Path.of("input"), output), JobStarter.nieuwRunId()));
        assertThat(nogmaals.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retour").query(Long.class).single()).isEqualTo(retouren).isEqualTo(14L);
    }

    /** vastgesteld, berekend of one area in the distribution of its parent. */
    List<Long> regel(String opgave, String peildatum, String gebied) {
        return jdbc.sql("""
                SELECT vastgesteld, berekend FROM verdeling_regel
                WHERE opgave = ? AND peildatum = ? AND gebied_code = ? AND scenario = ''""")
                .params(opgave, peildatum, gebied)
                .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }
}
