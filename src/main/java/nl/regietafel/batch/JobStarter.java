package nl.regietafel.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or restarts the failed or killed execution of the same work (SPEC §4: a run that
 * fails or is killed midway is rerun with the same parameters and completes exactly once).
 */
@Component
public class JobStarter {

    private static final Logger log = LoggerFactory.getLogger(JobStarter.class);
    private static final List<String> ALLE_JOBS = List.of("maand", "import", "verdeling", "rapportage", "uitvraag");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;

    public JobStarter(JobOperator operator, JobRepository repository, Map<String, Job> jobs) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs;
    }

    public JobExecution start(String jobNaam, Run run) throws Exception {
        Job job = jobs.get(jobNaam + "Job");
        if (job == null) {
            throw new IllegalArgumentException("Onbekende job: " + jobNaam);
        }
        herstelAfgebroken(run);
        Optional<JobExecution> onvoltooid = laatsteOnvoltooide(jobNaam, run);
        if (onvoltooid.isPresent()) {
            JobExecution vorige = onvoltooid.get();
            log.info("Vorige uitvoering van {} voor {} is niet afgerond ({}); wordt hervat.", jobNaam, run.periode(), vorige.getStatus());
            return operator.restart(vorige);
        }
        return operator.start(job, run.alsJobParameters());
    }

    public static String nieuwRunId() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    }

    /** The latest execution of the same work that neither completed nor was abandoned. */
    private Optional<JobExecution> laatsteOnvoltooide(String jobNaam, Run run) {
        return repository.getJobInstances(jobNaam, 0, 20).stream()
                .map(repository::getLastJobExecution)
                .filter(e -> e != null && run.zelfdeWerkAls(e.getJobParameters()))
                .max(Comparator.comparing(JobExecution::getCreateTime))
                .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
    }

    /**
     * An execution still marked as running for the same work was killed: the H2 file database is
     * locked to one process, and on PostgreSQL two runs of one month and region are a conflict.
     * Mark it failed so it can be restarted.
     */
    private void herstelAfgebroken(Run run) {
        for (String naam : ALLE_JOBS) {
            for (JobInstance instance : repository.getJobInstances(naam, 0, 20)) {
                for (JobExecution e : repository.getJobExecutions(instance)) {
                    if (e.isRunning() && run.zelfdeWerkAls(e.getJobParameters())) {
                        log.warn("Uitvoering {} van {} is afgebroken achtergelaten; wordt als mislukt gemarkeerd.", e.getId(), naam);
                        operator.recover(e);
                    }
                }
            }
        }
    }
}
