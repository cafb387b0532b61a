package nl.regietafel.report;

import java.nio.file.Path;

import nl.regietafel.batch.Run;

/**
 * Where a run writes: a staging folder beside the period's folder, published in one move by
 * {@link Publicatie}. A restart of the same run writes into the same staging folder.
 */
public final class Uitvoermap {

    private Uitvoermap() {
    }

    public static Path werkmap(Run run) {
        return run.output().resolve("." + run.periode() + "-" + run.regio() + "-bezig-" + run.runId());
    }

    public static Path gepubliceerd(Run run) {
        return run.output().resolve(run.periode().toString());
    }
}
