package nl.regietafel.domain;

/** Who a knelpunt asks something of (SPEC §3, procesplan §3.5). */
public enum Partij implements Label {
    RIJK("Rijk"),
    PROVINCIE("Provincie"),
    COA("COA"),
    NIDOS("Nidos"),
    REGIO("Regio");

    private final String label;

    Partij(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
