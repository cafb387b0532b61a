package nl.regietafel.report.beeld;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.trend.Trend;

/**
 * One opgave at one peildatum for one area: what is asked (of record or indicative), what is
 * realised now, what is in preparation, and the realisatie of the previous period (trend).
 * {@code vastgesteld} says whether the opgave is a figure of record; {@code bronId} is its
 * document (null for computed shares).
 */
public record Opgavestand(Opgave opgave, Peildatum peildatum, String scenario, long opgaveAantal, boolean vastgesteld,
                          Long bronId, long realisatie, long pijplijn, Trend trend) {

    /** opgave − realisatie (negative: more realised than asked). */
    public long gap() {
        return opgaveAantal - realisatie;
    }

    /** What remains once the pipeline is realised too ("na realisatie pijplijn"). */
    public long gapNaPijplijn() {
        return gap() - pijplijn;
    }

    public String label() {
        return opgave.label() + " " + peildatum.label() + (scenario.isEmpty() ? "" : " (prognose " + scenario + ")");
    }
}
