package nl.regietafel.domain.onderdestreep;

import nl.regietafel.domain.Opgave;

/** A gemeente's indicative share of one opgave and what it has realised for it. */
public record Bijdrage(String gemeenteCode, Opgave opgave, long aandeel, long realisatie) {

    /** Surplus (positive) or deficit (negative). */
    public long saldo() {
        return realisatie - aandeel;
    }
}
