package nl.regietafel.domain.realisatie;

import java.util.EnumSet;
import java.util.Set;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;

/**
 * Which locations count toward one opgave: a doelgroep of {@code doelgroepen} in a soort of
 * {@code soorten}. A location of {@code ernaast} (same doelgroepen) is shown beside the opgave
 * and does not count, like private hosting for the Oekraïne target.
 */
public record Telregel(Set<Doelgroep> doelgroepen, Set<LocatieSoort> soorten, Set<LocatieSoort> ernaast) {

    public Telregel {
        doelgroepen = kopie(doelgroepen, Doelgroep.class);
        soorten = kopie(soorten, LocatieSoort.class);
        ernaast = kopie(ernaast, LocatieSoort.class);
    }

    public boolean telt(Locatie l) {
        return doelgroepen.contains(l.doelgroep()) && soorten.contains(l.soort());
    }

    public boolean staatErnaast(Locatie l) {
        return doelgroepen.contains(l.doelgroep()) && ernaast.contains(l.soort()) && !soorten.contains(l.soort());
    }

    private static <E extends Enum<E>> Set<E> kopie(Set<E> s, Class<E> soort) {
        return s == null || s.isEmpty() ? Set.copyOf(EnumSet.noneOf(soort)) : Set.copyOf(EnumSet.copyOf(s));
    }
}
