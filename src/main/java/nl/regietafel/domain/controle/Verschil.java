package nl.regietafel.domain.controle;

/**
 * A unit whose figure of record differs from the computed one. A side is null when the unit
 * is missing there; then {@link #verschil()} is null too.
 */
public record Verschil(String code, Long vastgesteld, Long berekend) {

    /** vastgesteld − berekend. */
    public Long verschil() {
        return vastgesteld == null || berekend == null ? null : vastgesteld - berekend;
    }
}
