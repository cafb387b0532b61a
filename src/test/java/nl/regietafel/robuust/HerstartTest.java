package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.report.index.Indexpagina;
import nl.regietafel.run.Run;
import nl.regietafel.store.MeldingRepository;
import nl.regietafel.store.RetourRepository;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * SPEC §4/§7: a run that fails or is killed midway is rerun with the same parameters and
 * completes exactly once — no row twice, no row lost, no message twice — and the package
 * published before stays as it was while the run is failing.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:robuust-herstart;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/robuust-herstart"})
public class HerstartTest {

    // PostgresHerstartTest runs the same on PostgreSQL

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobStarter starter;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    MeldingRepository meldingen;
    @MockitoSpyBean
    RetourRepository retouren;
    @MockitoSpyBean
    Indexpagina index;

    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
    String databaseUrl;

    @TempDir
    Path tmp;

    Invoerbank bank;
    Path input;
    Path output;

    @BeforeEach
    void invoerMetEenAfgewezenBestand() throws Exception {
        bank = new Invoerbank(jdbc, starter);
        bank.leegStore();
        input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        output = tmp.resolve("output");
        // one bad file, so that a restart that reports a rejection twice would show
        Invoerbank.variantVanEnschede(input, "GM0153-enschede-v2.xlsx", wb -> Invoerbank.cel(wb, "Locaties", 2, 'F').setCellValue(-1));
    }

    @AfterEach
    void echt() {
        reset(retouren, index);
    }

    @Test
    void import_die_na_zes_retouren_crasht_wordt_hervat_zonder_dubbele_of_ontbrekende_rijen() throws Exception {
        // given: what a clean run stores
        Stand schoon = maand(Invoerbank.run("maand", input, output), BatchStatus.COMPLETED);
        Map<String, String> eerder = gepubliceerd();
        bank.leegStore();
        AtomicInteger opgeslagen = new AtomicInteger();
        doAnswer(inv -> {
            if (opgeslagen.incrementAndGet() == 7) throw new IllegalStateException("stroomstoring (test)");
            return inv.callRealMethod();
        }).when(retouren).voegToe(anyLong(), any());

        // when: the import fails at the seventh return
        Stand mislukt = maand(Invoerbank.run("maand", input, output), BatchStatus.FAILED);
        assertThat(mislukt.retouren()).isEqualTo(6);
        assertThat(gepubliceerd()).isEqualTo(eerder);

        // then: the same command again resumes that execution and completes it once
        JobExecution hervat = starter.start("maand", Invoerbank.run("maand", input, output));
        assertThat(hervat.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(hervat.getJobInstanceId()).isEqualTo(mislukt.uitvoering().getJobInstanceId());
        assertThat(new Stand(hervat, this)).isEqualTo(schoon.met(hervat));
        assertThat(meldingen.aantalFouten(runId(hervat))).as("de afwijzing één keer gemeld").isEqualTo(1);
        assertThat(gepubliceerd()).containsOnlyKeys(eerder.keySet());
        assertThat(werkmappen()).isEmpty();
    }

    @Test
    void rapportage_die_faalt_laat_het_gepubliceerde_pakket_staan_en_de_herstart_voltooit() throws Exception {
        // given: a published package
        Stand schoon = maand(Invoerbank.run("maand", input, output), BatchStatus.COMPLETED);
        Map<String, String> eerder = gepubliceerd();
        assertThat(eerder).isNotEmpty();
        doThrow(new IllegalStateException("schijf vol (test)")).when(index).render(any(Run.class));

        // when: the next run fails in the rapportage job
        Stand mislukt = maand(Invoerbank.run("maand", input, output), BatchStatus.FAILED);

        // then: the published package is untouched, the half-made one stays aside
        assertThat(gepubliceerd()).isEqualTo(eerder);
        assertThat(werkmappen()).hasSize(1);

        reset(index);
        JobExecution hervat = starter.start("maand", Invoerbank.run("maand", input, output));
        assertThat(hervat.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(hervat.getJobInstanceId()).isEqualTo(mislukt.uitvoering().getJobInstanceId());
        assertThat(new Stand(hervat, this)).isEqualTo(schoon.met(hervat));
        assertThat(gepubliceerd()).containsOnlyKeys(eerder.keySet());
        assertThat(werkmappen()).isEmpty();
        assertThat(meldingen.aantalFouten(runId(hervat))).isEqualTo(1);
    }

    @Test
    void een_afgeschoten_run_wordt_hersteld_en_voltooit_één_keer() throws Exception {
        // given: a run that died while rendering (status left at STARTED, as after kill -9)
        doThrow(new IllegalStateException("kill -9 (test)")).when(index).render(any(Run.class));
        Stand mislukt = maand(Invoerbank.run("maand", input, output), BatchStatus.FAILED);
        reset(index);
        alsAfgeschoten(mislukt.uitvoering());
        assertThat(jobRepository.getLastJobExecution("maand", mislukt.uitvoering().getJobParameters()).isRunning()).isTrue();

        // when
        JobExecution hervat = starter.start("maand", Invoerbank.run("maand", input, output));

        // then: the dead execution is marked failed and resumed, not started afresh
        assertThat(hervat.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(hervat.getJobInstanceId()).isEqualTo(mislukt.uitvoering().getJobInstanceId());
        assertThat(bank.telling("SELECT COUNT(*) FROM batch_job_execution WHERE status = 'STARTED'")).isZero();
        assertThat(bank.rijen("SELECT status FROM batch_job_execution WHERE job_instance_id = " + hervat.getJobInstanceId()
                + " ORDER BY job_execution_id")).extracting(r -> r.toUpperCase()).containsExactly("{STATUS=FAILED}", "{STATUS=COMPLETED}");
        assertThat(bank.telling("SELECT COUNT(*) FROM retour")).isEqualTo(14);
        assertThat(meldingen.aantalFouten(runId(hervat))).isEqualTo(1);
        assertThat(gepubliceerd()).isNotEmpty();
        assertThat(werkmappen()).isEmpty();
    }

    /** On a shared database (PostgresHerstartTest) a run that is still alive is not taken over. */
    @Test
    void een_levende_run_van_een_collega_wordt_niet_overgenomen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(databaseUrl.startsWith("jdbc:h2:"),
                "H2 is van één proces: een lopende uitvoering is daar altijd afgebroken");
        doThrow(new IllegalStateException("kill -9 (test)")).when(index).render(any(Run.class));
        Stand mislukt = maand(Invoerbank.run("maand", input, output), BatchStatus.FAILED);
        reset(index);
        alsAfgeschoten(mislukt.uitvoering(), java.time.LocalDateTime.now());

        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> starter.start("maand", Invoerbank.run("maand", input, output)))
                    .hasMessageContaining("Er loopt al een run")
                    .hasMessageContaining("herstel-na-minuten");
        } finally {
            // the shared test database must not keep a "live" run for the other tests
            jdbc.sql("UPDATE batch_job_execution SET status = 'FAILED', end_time = last_updated WHERE status = 'STARTED'").update();
            jdbc.sql("UPDATE batch_step_execution SET status = 'FAILED', end_time = last_updated WHERE status = 'STARTED'").update();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** What a kill leaves in the job repository: executions of the job, its child job and its step still STARTED. */
    void alsAfgeschoten(JobExecution e) {
        // A killed run has been silent for a while; a live one on a shared database has not.
        alsAfgeschoten(e, java.time.LocalDateTime.now().minusHours(1));
    }

    void alsAfgeschoten(JobExecution e, java.time.LocalDateTime stilSinds) {
        String run = runId(e);
        jdbc.sql("""
                UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL, last_updated = ?
                WHERE job_execution_id IN (SELECT job_execution_id FROM batch_job_execution_params
                                           WHERE parameter_name = 'run' AND parameter_value = ?)""").params(stilSinds, run).update();
        jdbc.sql("""
                UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL, last_updated = ?
                WHERE status = 'FAILED' AND job_execution_id IN (SELECT job_execution_id FROM batch_job_execution_params
                                           WHERE parameter_name = 'run' AND parameter_value = ?)""").params(stilSinds, run).update();
        jdbc.sql("""
                UPDATE batch_step_execution SET last_updated = ?
                WHERE job_execution_id IN (SELECT job_execution_id FROM batch_job_execution_params
                                           WHERE parameter_name = 'run' AND parameter_value = ?)""").params(stilSinds, run).update();
    }

    static String runId(JobExecution e) {
        return e.getJobParameters().getString("run");
    }

    Stand maand(Run run, BatchStatus verwacht) throws Exception {
        JobExecution e = starter.start("maand", run);
        assertThat(e.getStatus()).isEqualTo(verwacht);
        return new Stand(e, this);
    }

    /** Counts of what a month stores; equal for a clean run and a run completed after a restart. */
    record Stand(JobExecution uitvoering, long retouren, long locaties, long invoerbestanden, long afgewezen, long meldingen,
                 long verdeelregels) {
        Stand(JobExecution e, HerstartTest t) {
            this(e, t.bank.telling("SELECT COUNT(*) FROM retour"), t.bank.telling("SELECT COUNT(*) FROM locatie"),
                    t.bank.telling("SELECT COUNT(*) FROM invoerbestand WHERE status <> 'AFGEWEZEN'"),
                    t.bank.telling("SELECT COUNT(*) FROM invoerbestand WHERE status = 'AFGEWEZEN' AND run_id = ?", runId(e)),
                    t.bank.telling("SELECT COUNT(*) FROM melding WHERE run_id = ?", runId(e)),
                    t.bank.telling("SELECT COUNT(*) FROM verdeling_regel"));
        }

        Stand met(JobExecution e) {
            return new Stand(e, retouren, locaties, invoerbestanden, afgewezen, meldingen, verdeelregels);
        }
    }

    Map<String, String> gepubliceerd() throws IOException {
        Path map = output.resolve("2022-12");
        Map<String, String> uit = new TreeMap<>();
        if (!Files.isDirectory(map)) return uit;
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.filter(Files::isRegularFile).toList()) {
                uit.put(map.relativize(p).toString(), Invoerbank.sha(p));
            }
        }
        return uit;
    }

    List<Path> werkmappen() throws IOException {
        try (Stream<Path> lijst = Files.list(output)) {
            return lijst.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
