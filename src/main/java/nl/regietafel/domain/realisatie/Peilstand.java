package nl.regietafel.domain.realisatie;

import java.time.LocalDate;
import java.util.List;

import nl.regietafel.domain.Opgave;

/**
 * Places for one opgave as they will be on peildatum {@code peildag}, counted from the locations
 * known at the end of the period (issue "right at every peildatum"):
 * <ul>
 * <li>{@code inGebruik}: in use now (the month's stand);</li>
 * <li>{@code beschikbaar}: in use now and still there on the peildatum;</li>
 * <li>{@code vervalt}: in use now but gone before the peildatum, each with its end date;</li>
 * <li>{@code besloten} / {@code idee}: in preparation and open by the peildatum, decided
 *     (Besluit college and later) or exploratory (Idee);</li>
 * <li>{@code zonderDatum}: plans without {@code Open vanaf}: listed, they reduce no gap;</li>
 * <li>{@code ernaast}: places of a kind shown beside the opgave that do not count (Particulier).</li>
 * </ul>
 */
public record Peilstand(Opgave opgave, LocalDate peildag, long inGebruik, long beschikbaar, List<Vervalt> vervalt,
                        long besloten, long idee, List<Plan> zonderDatum, long ernaast) {

    /** A location in use now that ends before the peildatum. */
    public record Vervalt(String naam, long plekken, LocalDate beschikbaarTot) {
    }

    /** A plan in preparation (for the list of plans without a date). */
    public record Plan(String naam, long plekken, String status) {
    }

    public Peilstand {
        vervalt = List.copyOf(vervalt);
        zonderDatum = List.copyOf(zonderDatum);
    }

    public long vervaltPlekken() {
        return vervalt.stream().mapToLong(Vervalt::plekken).sum();
    }

    public long zonderDatumPlekken() {
        return zonderDatum.stream().mapToLong(Plan::plekken).sum();
    }
}
