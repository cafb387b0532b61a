package nl.regietafel.batch;

import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.cli.Opdracht;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run as every step sees them. {@code runId} is ours, not an
 * incrementer's: an incrementer would silently drop the other parameters (STYLE.md).
 */
public record Run(YearMonth periode, String regio, Path input, Path output, String runId) {

    public static Run van(Opdracht o, String runId) {
        return new Run(o.periode(), o.regio(), o.input().toAbsolutePath().normalize(),
                o.output().toAbsolutePath().normalize(), runId);
    }

    public static Run van(JobParameters p) {
        return new Run(YearMonth.parse(p.getString("periode")), p.getString("regio"),
                Path.of(p.getString("input")), Path.of(p.getString("output")), p.getString("run"));
    }

    public JobParameters alsJobParameters() {
        return new JobParametersBuilder()
                .addString("periode", periode.toString())
                .addString("regio", regio)
                .addString("input", input.toString())
                .addString("output", output.toString())
                .addString("run", runId)
                .toJobParameters();
    }

    /** Same month, region and folders: a rerun of this may restart a failed execution of that. */
    public boolean zelfdeWerkAls(JobParameters p) {
        return periode.toString().equals(p.getString("periode")) && regio.equals(p.getString("regio"))
                && input.toString().equals(p.getString("input")) && output.toString().equals(p.getString("output"));
    }
}
