package nl.regietafel.domain.realisatie;

import nl.regietafel.domain.Opgave;

/** Places counted for one opgave: in use (realisatie) and in preparation (pijplijn). */
public record Stand(Opgave opgave, long realisatie, long pijplijn) {

    public static Stand leeg(Opgave opgave) {
        return new Stand(opgave, 0, 0);
    }

    Stand plus(long extraRealisatie, long extraPijplijn) {
        return new Stand(opgave, realisatie + extraRealisatie, pijplijn + extraPijplijn);
    }
}
