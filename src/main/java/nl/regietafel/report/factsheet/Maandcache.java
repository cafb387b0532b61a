package nl.regietafel.report.factsheet;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.regietafel.batch.Run;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.Rapportbron.Maandgegevens;
import nl.regietafel.report.beeld.Maandbeeld;

import org.springframework.stereotype.Component;

/**
 * The month of one veiligheidsregio, read from the store and built into a {@link Maandbeeld} once
 * per run and region, then shared by every partition and thread that renders its gemeenten
 * (factsheets, uitvraag). Keyed by run id and region; entries of other runs are dropped when a
 * new run asks, so a long-lived process does not keep old months.
 */
@Component
public class Maandcache {

    /** The stored month (returns, provenance) and the picture built from it. */
    public record Maand(Maandgegevens gegevens, Maandbeeld beeld) {
    }

    static final String TITEL = "Factsheet";

    private final Rapportbron bron;
    private final Map<String, Maand> maanden = new ConcurrentHashMap<>();

    public Maandcache(Rapportbron bron) {
        this.bron = bron;
    }

    public Maand maand(Run run, String vrCode) {
        String prefix = run.runId() + "|";
        maanden.keySet().removeIf(k -> !k.startsWith(prefix));
        // computeIfAbsent: a second thread asking for the same region waits for the first.
        return maanden.computeIfAbsent(prefix + vrCode, k -> bouw(run, vrCode));
    }

    private Maand bouw(Run run, String vrCode) {
        // Rapportbron builds each region's month once per run, with the kernteam's settings.
        return new Maand(bron.lees(run, vrCode, TITEL), bron.maandbeeld(run, vrCode, TITEL));
    }
}
