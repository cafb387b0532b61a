package nl.regietafel.report;

import java.nio.file.Path;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.regio.Werkgebieden;
import nl.regietafel.run.Run;

/**
 * Where a run writes. Documents go to a staging folder beside the period's folder, published in
 * one move by {@link Publicatie}; a restart of the same run writes into the same staging folder.
 * A run for one veiligheidsregio writes its package at the top; a run for a provincie or NL writes
 * one package per veiligheidsregio ({@code VR05-twente/}) and the PRT-inbreng per provincie
 * ({@code PV23-overijssel/}).
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

    /** The folder of one area's package inside the staging folder. */
    public static Path pakket(Run run, Gebied gebied) {
        Path werk = werkmap(run);
        if (!Werkgebieden.meerdere(run.regio())) {
            return werk;
        }
        return werk.resolve(mapnaam(gebied));
    }

    /** {@code VR05-twente}, {@code PV23-overijssel}. */
    public static String mapnaam(Gebied gebied) {
        return gebied.code() + "-" + new Gemeente(gebied.code(), gebied.naam(), null, null).bestandsnaam();
    }
}
