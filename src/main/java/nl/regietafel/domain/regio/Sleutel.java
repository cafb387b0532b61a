package nl.regietafel.domain.regio;

import java.util.Comparator;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/** What one distribution is about: an opgave at a peildatum, in a scenario ("" for none). */
public record Sleutel(Opgave opgave, Peildatum peildatum, String scenario) implements Comparable<Sleutel> {

    private static final Comparator<Sleutel> ORDE = Comparator.comparing(Sleutel::opgave)
            .thenComparing(Sleutel::peildatum)
            .thenComparing(Sleutel::scenario);

    public Sleutel {
        scenario = scenario == null ? "" : scenario;
    }

    @Override
    public int compareTo(Sleutel o) {
        return ORDE.compare(this, o);
    }
}
