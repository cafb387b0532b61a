package nl.regietafel.batch;

import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;
import nl.regietafel.store.MeldingRepository;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the job the command line asked for and turns the outcome into the exit codes of SPEC §4:
 * 0 done, 2 done with rejections, 1 failed (one line on stderr). A context started without a
 * command line (the tests') runs nothing; that is decided here, not by a condition on the bean,
 * because the build's ahead-of-time step fixes the set of beans before any command line exists.
 */
@Component
public class RegietafelRunner implements CommandLineRunner, ExitCodeGenerator {

    private final Opdracht opdracht;
    private final JobStarter starter;
    private final MeldingRepository meldingen;
    private final JobRepository repository;
    private int exitCode = 1;

    public RegietafelRunner(ObjectProvider<Opdracht> opdracht, JobStarter starter, MeldingRepository meldingen,
                            JobRepository repository) {
        this.repository = repository;
        this.opdracht = opdracht.getIfAvailable();
        this.starter = starter;
        this.meldingen = meldingen;
    }

    @Override
    public void run(String... args) throws Exception {
        if (opdracht == null) {
            exitCode = 0;
            return;
        }
        Run run = Run.van(opdracht, JobStarter.nieuwRunId());
        JobExecution uitvoering = starter.start(opdracht.job(), run);
        String runId = uitvoering.getJobParameters().getString("run");
        if (uitvoering.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("regietafel: " + Uitkomst.reden(uitvoering, repository));
            exitCode = 1;
            return;
        }
        int fouten = meldingen.aantalFouten(runId);
        exitCode = fouten > 0 ? 2 : 0;
        meldingen.vanRun(runId).stream().filter(m -> m.ernst().equals("FOUT")).limit(20).forEach(m ->
                System.out.println("  afgewezen: " + m.bestand() + (m.blad() == null ? "" : ", blad " + m.blad())
                        + (m.rij() == null ? "" : ", rij " + m.rij()) + (m.kolom() == null ? "" : ", kolom " + m.kolom())
                        + ": " + m.tekst()));
        System.out.println(fouten > 0
                ? "Klaar, maar " + fouten + " melding(en) van afwijzing: zie controlerapport."
                : "Klaar.");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
