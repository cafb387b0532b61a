package nl.regietafel.domain;

/** Doelgroep of a location, as written in the maandretour (SPEC §3). */
public enum Doelgroep implements Label {
    ASIELZOEKERS("Asielzoekers"),
    AMV("AMV"),
    OEKRAINERS("Oekraïners"),
    STATUSHOUDERS("Statushouders");

    private final String label;

    Doelgroep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
