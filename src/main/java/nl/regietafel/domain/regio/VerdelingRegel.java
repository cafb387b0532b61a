package nl.regietafel.domain.regio;

import java.math.BigDecimal;

import nl.regietafel.domain.verdeling.Methode;

/**
 * One unit's share of a higher area's total: the computed figure, with the figure of record
 * beside it where a document gives one. {@code vastgesteld} and {@code bronId} are null when no
 * document gives a figure for this unit.
 */
public record VerdelingRegel(
        Sleutel sleutel,
        String ouderCode,
        String gebiedCode,
        long gewicht,
        BigDecimal quotum,
        long berekend,
        Long vastgesteld,
        Long bronId,
        Methode methode,
        long totaal,
        Long totaalBronId,
        String populatieset) {

    /** The figure that counts: the one of record when there is one, else the computed one. */
    public long geldend() {
        return vastgesteld != null ? vastgesteld : berekend;
    }

    public boolean wijktAf() {
        return vastgesteld != null && vastgesteld != berekend;
    }
}
