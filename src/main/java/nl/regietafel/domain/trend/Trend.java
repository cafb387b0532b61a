package nl.regietafel.domain.trend;

/** A figure against the same figure in the previous period present in the store (SPEC §5.9); {@code vorig} null when there is none. */
public record Trend(long huidig, Long vorig) {

    /** huidig − vorig; null when there is no previous period, so that "no data" is never shown as "no change". */
    public Long verschil() {
        return vorig == null ? null : huidig - vorig;
    }
}
