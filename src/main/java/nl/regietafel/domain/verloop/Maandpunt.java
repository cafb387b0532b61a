package nl.regietafel.domain.verloop;

import java.time.YearMonth;

/**
 * One month of a {@link Reeks}: what was realised and what was asked, both as known at the end of
 * that month. {@code opgave} is null when no document known that month gave a figure.
 */
public record Maandpunt(YearMonth maand, long realisatie, Long opgave) {

    /** opgave − realisatie; null without an opgave. */
    public Long gap() {
        return opgave == null ? null : opgave - realisatie;
    }
}
