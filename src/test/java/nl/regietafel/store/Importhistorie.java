package nl.regietafel.store;

import java.nio.file.Path;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * A store with the tool's schema in which a test records job runs as Spring Batch itself records
 * them, through its own job repository: the runs of import, rapportage and so on, each with the
 * parameters a run gives its jobs.
 */
public final class Importhistorie implements AutoCloseable {

    private final SingleConnectionDataSource bron;
    private final JobRepository jobs;

    private Importhistorie(SingleConnectionDataSource bron) throws Exception {
        this.bron = bron;
        new Schemamigratie(bron, SchemamigratieTest.LOCATIES).afterPropertiesSet();
        JdbcJobRepositoryFactoryBean fabriek = new JdbcJobRepositoryFactoryBean();
        fabriek.setDataSource(bron);
        fabriek.setTransactionManager(new JdbcTransactionManager(bron));
        fabriek.afterPropertiesSet();
        this.jobs = fabriek.getObject();
    }

    /** An empty H2 store in {@code map}, on one connection (H2 would open the file again for each). */
    public static Importhistorie h2(Path map) throws Exception {
        return op(new SingleConnectionDataSource("jdbc:h2:file:" + map.resolve("regietafel"), "sa", "", true));
    }

    public static Importhistorie op(SingleConnectionDataSource bron) throws Exception {
        return new Importhistorie(bron);
    }

    public ControleRepository controle() {
        return new ControleRepository(JdbcClient.create(bron));
    }

    /** A new instance of {@code job} with one execution that ended in {@code status}. */
    public JobExecution uitvoering(String job, String periode, String runId, BatchStatus status) {
        JobParameters p = new JobParametersBuilder()
                .addString("periode", periode)
                .addString("regio", "VR05")
                .addString("input", "/invoer")
                .addString("output", "/uitvoer")
                .addString("run", runId)
                .toJobParameters();
        JobInstance instance = jobs.createJobInstance(job, p);
        return afsluiten(jobs.createJobExecution(instance, p, new ExecutionContext()), status);
    }

    /** A restart of {@code vorige}'s instance, with the same parameters, that ended in {@code status}. */
    public JobExecution hervat(JobExecution vorige, BatchStatus status) {
        return afsluiten(jobs.createJobExecution(vorige.getJobInstance(), vorige.getJobParameters(), new ExecutionContext()), status);
    }

    private JobExecution afsluiten(JobExecution e, BatchStatus status) {
        e.setStatus(status);
        e.setExitStatus(status == BatchStatus.COMPLETED ? ExitStatus.COMPLETED : ExitStatus.FAILED);
        jobs.update(e);
        return e;
    }

    @Override
    public void close() {
        bron.destroy();
    }
}
