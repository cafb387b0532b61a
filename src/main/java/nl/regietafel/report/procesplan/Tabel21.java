package nl.regietafel.report.procesplan;

import java.util.List;

import nl.regietafel.domain.Peildatum;

/**
 * Tabel 2.1 "Verdeling opgave per Veiligheidsregio": the provincie's ASIEL opgave over its
 * veiligheidsregio's, figures of record with the computed split beside them.
 */
public record Tabel21(String provincie, List<Peildatum> peildata, List<Regel> regels, Regel totaal, Regel somVanDelen) {

    public record Regel(String naam, List<Cel> cellen) {
    }
}
