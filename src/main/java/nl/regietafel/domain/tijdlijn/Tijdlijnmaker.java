package nl.regietafel.domain.tijdlijn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Predicate;

import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieStatus;

/**
 * Counts places by month from the locations' dates. A location counts in a month when it is open
 * on the first day of that month: opened by then ({@code Open vanaf} on or before it; without
 * that date only when it is in use now) and not ended ({@code Beschikbaar tot} empty or on or
 * after it). A closed location counts only in the months before its end date; a plan without an
 * opening date counts nowhere (it has no month yet).
 */
public final class Tijdlijnmaker {

    private Tijdlijnmaker() {
    }

    /** {@code van} and the {@code aantal − 1} months after it. */
    public static List<YearMonth> maanden(YearMonth van, int aantal) {
        List<YearMonth> uit = new ArrayList<>(aantal);
        for (int i = 0; i < aantal; i++) uit.add(van.plusMonths(i));
        return uit;
    }

    /** Capacity of the locations that {@code soort} selects, open on the first of each month. */
    public static List<Long> plekken(Collection<Locatie> locaties, Predicate<Locatie> soort, List<YearMonth> maanden) {
        List<Long> uit = new ArrayList<>(maanden.size());
        for (YearMonth m : maanden) {
            LocalDate eerste = m.atDay(1);
            long som = 0;
            for (Locatie l : locaties) {
                if (soort.test(l) && open(l, eerste)) som += l.capaciteit();
            }
            uit.add(som);
        }
        return uit;
    }

    static boolean open(Locatie l, LocalDate dag) {
        boolean begonnen = l.openVanaf() != null ? !l.openVanaf().isAfter(dag)
                : l.status() == LocatieStatus.IN_GEBRUIK;
        boolean nietGeeindigd = l.beschikbaarTot() == null ? l.status() != LocatieStatus.GESLOTEN
                : !l.beschikbaarTot().isBefore(dag);
        return begonnen && nietGeeindigd;
    }

    /**
     * The opgave due at the next peildatum on or after the first of each month ({@code opgaven}:
     * peildatum → opgave); after the last peildatum the last opgave holds.
     */
    public static List<Long> opgave(NavigableMap<LocalDate, Long> opgaven, List<YearMonth> maanden) {
        List<Long> uit = new ArrayList<>(maanden.size());
        for (YearMonth m : maanden) {
            var volgende = opgaven.ceilingEntry(m.atDay(1));
            uit.add(volgende != null ? volgende.getValue() : opgaven.isEmpty() ? null : opgaven.lastEntry().getValue());
        }
        return uit;
    }
}
