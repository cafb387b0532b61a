package nl.regietafel.batch;

import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.run.Run;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** A {@link Run} as Spring Batch's job parameters, and back. */
final class Runparameters {

    private Runparameters() {
    }

    static Run van(JobParameters p) {
        return new Run(YearMonth.parse(p.getString("periode")), p.getString("regio"),
                Path.of(p.getString("input")), Path.of(p.getString("output")), p.getString("run"));
    }

    static JobParameters van(Run run) {
        return new JobParametersBuilder()
                .addString("periode", run.periode().toString())
                .addString("regio", run.regio())
                .addString("input", run.input().toString())
                .addString("output", run.output().toString())
                .addString("run", run.runId())
                .toJobParameters();
    }

    /** Same month, region and folders: a rerun of this may restart a failed execution of that. */
    static boolean zelfdeWerk(Run run, JobParameters p) {
        return run.periode().toString().equals(p.getString("periode")) && run.regio().equals(p.getString("regio"))
                && run.input().toString().equals(p.getString("input")) && run.output().toString().equals(p.getString("output"));
    }
}
