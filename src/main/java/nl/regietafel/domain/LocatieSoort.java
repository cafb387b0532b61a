package nl.regietafel.domain;

/** Kind of location (SPEC §3). AZC is regular COA capacity; CNO never is (SPEC §2). */
public enum LocatieSoort implements Label {
    AZC("AZC"),
    CNO("CNO"),
    GEMEENTELIJKE_OPVANG("Gemeentelijke opvang"),
    TUSSENVOORZIENING("Tussenvoorziening"),
    FLEXWONINGEN("Flexwoningen"),
    HOTEL_VAKANTIEPARK("Hotel/vakantiepark"),
    PARTICULIER("Particulier");

    private final String label;

    LocatieSoort(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
