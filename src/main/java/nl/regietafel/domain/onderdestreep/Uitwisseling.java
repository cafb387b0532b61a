package nl.regietafel.domain.onderdestreep;

import java.math.BigDecimal;
import nl.regietafel.domain.Opgave;

/** One permitted exchange: one surplus place on {@code van} covers {@code factor} places of deficit on {@code naar}. */
public record Uitwisseling(Opgave van, Opgave naar, BigDecimal factor) {

    public Uitwisseling {
        if (van == null || naar == null || van == naar) {
            throw new IllegalArgumentException("Uitwisseling moet tussen twee verschillende opgaven gaan");
        }
        if (factor == null || factor.signum() <= 0) {
            throw new IllegalArgumentException("Uitwisselfactor van " + van + " naar " + naar + " moet groter dan nul zijn");
        }
    }
}
