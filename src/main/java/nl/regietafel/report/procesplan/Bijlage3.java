package nl.regietafel.report.procesplan;

import java.util.List;

import nl.regietafel.domain.Peildatum;

/**
 * Bijlage 3: the gemeenten's taakstelling statushouders (with inwoners) and the indicative
 * ASIEL opgave per peildatum; COA's and the circulaire's figures of record with the computed
 * distribution beside them, differences marked.
 */
public record Bijlage3(Statushouders statushouders, Asiel asiel) {

    public record Statushouders(String titel, String bron, Peildatum halfjaar, List<Regel> regels,
                                Regel subtotaalRegio, Regel subtotaalProvincie) {
    }

    public record Asiel(String titel, String bron, List<Peildatum> peildata, List<Regel> regels, Regel totaal) {
    }

    /** A gemeente (or subtotal) row: inwoners and one cell per column. */
    public record Regel(String code, String naam, Long inwoners, List<Cel> cellen) {
    }
}
