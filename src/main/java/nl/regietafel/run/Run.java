package nl.regietafel.run;

import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.cli.Opdracht;

/**
 * The parameters of one run as every step and document sees them: plain values, so that a
 * document can be rendered from a test without a job. {@code runId} is ours, not an
 * incrementer's: an incrementer would silently drop the other parameters (STYLE.md). The batch
 * package turns it into job parameters and back ({@code nl.regietafel.batch.Runparameters}).
 */
public record Run(YearMonth periode, String regio, Path input, Path output, String runId) {

    public static Run van(Opdracht o, String runId) {
        return new Run(o.periode(), o.regio(), o.input().toAbsolutePath().normalize(),
                o.output().toAbsolutePath().normalize(), runId);
    }
}
