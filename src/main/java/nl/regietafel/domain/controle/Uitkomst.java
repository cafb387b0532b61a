package nl.regietafel.domain.controle;

import java.util.Comparator;

import nl.regietafel.domain.Label;

/**
 * Outcome of a check, most serious first: the declaration order is the order of the reports.
 * AFWIJKING is material (a wrong total, a figure of record that differs from the rule or from
 * another document beyond rounding); AFRONDING a difference that rounding fully explains;
 * TER_INFORMATIE a difference that is explained, shown so that nobody is surprised.
 */
public enum Uitkomst implements Label {
    AFWIJKING("Afwijking"),
    AFRONDING("Afronding"),
    TER_INFORMATIE("Ter informatie"),
    IN_ORDE("In orde");

    /** Most serious first; stable within one severity when used in a stable sort. */
    public static final Comparator<Controle> ERNST = Comparator.comparing(Controle::uitkomst);

    private final String label;

    Uitkomst(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
