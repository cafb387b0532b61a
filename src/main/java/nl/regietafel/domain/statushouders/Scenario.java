package nl.regietafel.domain.statushouders;

import nl.regietafel.domain.Label;

/** Scenario of a prognosis (e.g. Kennispunt Twente's, procesplan footnote 7). */
public enum Scenario implements Label {
    LAAG("laag"),
    MIDDEN("midden"),
    HOOG("hoog");

    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
