package nl.regietafel.report.beeld;

import java.util.List;

import nl.regietafel.domain.Partij;

/**
 * One knelpunt as the region sees it: the same onderwerp asked of the same party by several
 * gemeenten is one bundle naming them all (in the order of the region's gemeenten).
 * {@code omschrijving} is the first gemeente's wording.
 */
public record Knelpuntbundel(Partij gevraagdVan, String onderwerp, String omschrijving, List<String> gemeenten) {

    public Knelpuntbundel {
        gemeenten = List.copyOf(gemeenten);
    }
}
