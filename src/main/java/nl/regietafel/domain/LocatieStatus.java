package nl.regietafel.domain;

/**
 * Status of a location (SPEC §3). Only {@link #IN_GEBRUIK} counts as realisatie; the statuses
 * before it are the pipeline; {@link #GESLOTEN} counts nowhere but stays on record.
 */
public enum LocatieStatus implements Label {
    IDEE("Idee"),
    BESLUIT_COLLEGE("Besluit college"),
    BESLUIT_RAAD("Besluit raad"),
    VERGUNNING("Vergunning"),
    IN_AANBOUW("In aanbouw"),
    IN_GEBRUIK("In gebruik"),
    GESLOTEN("Gesloten");

    private final String label;

    LocatieStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isRealisatie() {
        return this == IN_GEBRUIK;
    }

    public boolean isPijplijn() {
        return this.ordinal() < IN_GEBRUIK.ordinal();
    }
}
