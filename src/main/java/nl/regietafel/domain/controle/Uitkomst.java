package nl.regietafel.domain.controle;

import nl.regietafel.domain.Label;

/** Outcome of a check. TER_INFORMATIE: a difference that is explained, shown so that nobody is surprised. */
public enum Uitkomst implements Label {
    IN_ORDE("In orde"),
    AFWIJKING("Afwijking"),
    TER_INFORMATIE("Ter informatie");

    private final String label;

    Uitkomst(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
