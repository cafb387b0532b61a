package nl.regietafel.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.run.Run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
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
    private final boolean eenProces;
    private final long herstelNaMinuten;

    /**
     * @param databaseUrl      an H2 database belongs to one process (the file is locked), so a
     *                         running execution found at start is dead; on a shared PostgreSQL it
     *                         may be a colleague's live run
     * @param herstelNaMinuten on a shared database, a "running" execution not updated for this long
     *                         counts as killed
     */
    public JobStarter(JobOperator operator, JobRepository repository, Map<String, Job> jobs,
                      @Value("${spring.datasource.url:}") String databaseUrl,
                      @Value("${regietafel.herstel-na-minuten:10}") long herstelNaMinuten) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs;
        this.eenProces = databaseUrl.startsWith("jdbc:h2:");
        this.herstelNaMinuten = herstelNaMinuten;
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
        return operator.start(job, Runparameters.van(run));
    }

    public static String nieuwRunId() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    }

    /**
     * The latest execution of the same work, when it neither completed nor was abandoned. The
     * instances come newest first and the newest one of the same work holds its latest execution
     * (a new instance is only started when that work had none to restart), so the search stops
     * there instead of reading the last execution of twenty instances.
     */
    private Optional<JobExecution> laatsteOnvoltooide(String jobNaam, Run run) {
        for (JobInstance instance : repository.getJobInstances(jobNaam, 0, 20)) {
            JobExecution e = repository.getLastJobExecution(instance);
            if (e != null && Runparameters.zelfdeWerk(run, e.getJobParameters())) {
                return Optional.of(e).filter(x -> x.getStatus() == BatchStatus.FAILED || x.getStatus() == BatchStatus.STOPPED);
            }
        }
        return Optional.empty();
    }

    /**
     * An execution still marked as running for the same work was killed, unless it may be a live
     * run of someone else on a shared database: then it must have been silent for
     * {@code regietafel.herstel-na-minuten}, else this run refuses to start (two runs of one month
     * and region would overwrite each other). A killed execution is marked failed and restarted.
     */
    private void herstelAfgebroken(Run run) {
        for (String naam : ALLE_JOBS) {
            // one query for the executions marked as running, instead of reading every instance's history
            List<JobExecution> lopend = repository.findRunningJobExecutions(naam).stream()
                    .sorted(Comparator.comparing(JobExecution::getId).reversed())
                    .toList();
            for (JobExecution e : lopend) {
                if (Runparameters.zelfdeWerk(run, e.getJobParameters())) {
                    LocalDateTime laatst = laatstBijgewerkt(e);
                    if (!eenProces && laatst != null && laatst.isAfter(LocalDateTime.now().minusMinutes(herstelNaMinuten))) {
                        throw new IllegalStateException("Er loopt al een run (" + naam + ") voor " + run.regio() + " "
                                + run.periode() + ", laatst bijgewerkt om " + laatst.format(DateTimeFormatter.ofPattern("HH:mm"))
                                + ". Wacht tot die klaar is; is die afgebroken, probeer het dan na " + herstelNaMinuten
                                + " minuten opnieuw (of zet --regietafel.herstel-na-minuten=0).");
                    }
                    log.warn("Uitvoering {} van {} is afgebroken achtergelaten; wordt als mislukt gemarkeerd.", e.getId(), naam);
                    operator.recover(e);
                }
            }
        }
    }

    /** The last sign of life of an execution: its own update or that of any of its steps. */
    private static LocalDateTime laatstBijgewerkt(JobExecution e) {
        LocalDateTime laatst = e.getLastUpdated();
        for (var step : e.getStepExecutions()) {
            if (step.getLastUpdated() != null && (laatst == null || step.getLastUpdated().isAfter(laatst))) {
                laatst = step.getLastUpdated();
            }
        }
        return laatst;
    }
}
