package nl.regietafel.report.beeld;

import java.util.List;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.realisatie.Peilstand;
import nl.regietafel.domain.trend.Trend;

/**
 * One opgave at one peildatum for one area, every figure taken at that peildatum (SPEC §5.4):
 * what is asked (of record or indicative); {@code inGebruik}, in use at the end of the period;
 * {@code realisatie}, of that what is still there on the peildatum; {@code vervalt}, what ends
 * before it; {@code pijplijn}, decided plans open by then; {@code idee}, ideas open by then
 * (shown, not subtracted); {@code zonderDatum}, plans without a date (reduce no gap);
 * {@code ernaast}, places shown beside that do not count (private hosting). Statushouders: all
 * in persons housed, the pipeline in places of housing in preparation. {@code vastgesteld}
 * says whether the opgave is a figure of record; {@code bronId} is its document (null for computed shares).
 * {@code achterstandIn}: for statushouders, the achterstand carried into the half year (negative:
 * voorsprong, SPEC §5.7), so the gap is the one the statushouders table prints; 0 otherwise.
 */
public record Opgavestand(Opgave opgave, Peildatum peildatum, String scenario, long opgaveAantal, boolean vastgesteld,
                          Long bronId, long inGebruik, long realisatie, List<Peilstand.Vervalt> vervalt, long pijplijn,
                          long idee, List<Peilstand.Plan> zonderDatum, long ernaast, Trend trend, long achterstandIn) {

    public Opgavestand {
        vervalt = List.copyOf(vervalt);
        zonderDatum = List.copyOf(zonderDatum);
    }

    /** Without an achterstand carried in: every opgave but statushouders. */
    public Opgavestand(Opgave opgave, Peildatum peildatum, String scenario, long opgaveAantal, boolean vastgesteld,
                       Long bronId, long inGebruik, long realisatie, List<Peilstand.Vervalt> vervalt, long pijplijn,
                       long idee, List<Peilstand.Plan> zonderDatum, long ernaast, Trend trend) {
        this(opgave, peildatum, scenario, opgaveAantal, vastgesteld, bronId, inGebruik, realisatie, vervalt, pijplijn, idee,
                zonderDatum, ernaast, trend, 0);
    }

    /** What is asked once the achterstand carried in is added: for statushouders COA's "gecorrigeerde taakstelling". */
    public long gecorrigeerd() {
        return opgaveAantal + achterstandIn;
    }

    /**
     * gecorrigeerd − what is there on the peildatum (negative: more than asked). For statushouders
     * this is "nog te huisvesten" of the statushouders tables, one value in every table.
     */
    public long gap() {
        return gecorrigeerd() - realisatie;
    }

    /** What remains once the decided plans that open by the peildatum are realised too. */
    public long gapNaPijplijn() {
        return gap() - pijplijn;
    }

    public long vervaltPlekken() {
        return vervalt.stream().mapToLong(Peilstand.Vervalt::plekken).sum();
    }

    public long zonderDatumPlekken() {
        return zonderDatum.stream().mapToLong(Peilstand.Plan::plekken).sum();
    }

    public String label() {
        return opgave.label() + " " + peildatum.label() + (scenario.isEmpty() ? "" : " (prognose " + scenario + ")");
    }
}
