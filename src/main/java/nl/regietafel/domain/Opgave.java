package nl.regietafel.domain;

/** The opgaven of the procesplan (§1.2, §2) and of SPEC §2. */
public enum Opgave {
    ASIEL("Asielzoekers (incl. AMV's)", "plekken"),
    ASIEL_AMV("Waarvan AMV's", "plekken"),
    STATUSHOUDERS("Statushouders", "personen"),
    STATUSHOUDERS_AMV("Waarvan AMV's (statushouders)", "personen"),
    OEKRAINE("Oekraïense ontheemden", "plekken"),
    CNO("Crisisnoodopvang", "plekken");

    private final String label;
    private final String eenheid;

    Opgave(String label, String eenheid) {
        this.label = label;
        this.eenheid = eenheid;
    }

    public String label() {
        return label;
    }

    public String eenheid() {
        return eenheid;
    }
}
