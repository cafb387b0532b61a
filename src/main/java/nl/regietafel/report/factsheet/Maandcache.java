package nl.regietafel.report.factsheet;

import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.Maandgegevens;
import nl.regietafel.run.Run;

import org.springframework.stereotype.Component;

/**
 * The month of one veiligheidsregio as the factsheets and the uitvraag use it: the stored data and
 * the {@link Maandbeeld} built from it. Both are built once per run and region by
 * {@link Rapportbron}, which every partition and thread shares.
 */
@Component
public class Maandcache {

    /** The stored month (returns, provenance) and the picture built from it. */
    public record Maand(Maandgegevens gegevens, Maandbeeld beeld) {
    }

    static final String TITEL = "Factsheet";

    private final Rapportbron bron;

    public Maandcache(Rapportbron bron) {
        this.bron = bron;
    }

    /** Rapportbron builds each region's month once per run, with the kernteam's settings; this only pairs them. */
    public Maand maand(Run run, String vrCode) {
        return new Maand(bron.lees(run, vrCode, TITEL), bron.maandbeeld(run, vrCode, TITEL));
    }
}
