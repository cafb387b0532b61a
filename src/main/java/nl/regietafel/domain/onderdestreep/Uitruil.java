package nl.regietafel.domain.onderdestreep;

import nl.regietafel.domain.Opgave;

/** An exchange applied: {@code ingezet} surplus places on {@code van} covered {@code gedekt} deficit places on {@code naar}. */
public record Uitruil(Opgave van, Opgave naar, long ingezet, long gedekt) {
}
