package nl.regietafel.report.verloop;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

import nl.regietafel.report.Grafieken;
import nl.regietafel.report.Grafieken.Formaat;
import nl.regietafel.report.Grafieken.Grafiek;
import nl.regietafel.report.Grafieken.Reeks;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.verloop.VerloopModel.*;

/**
 * The vector line charts of the development over time (PDF): realisatie with every value
 * labelled, the opgave dashed with its value labelled where it changes (a later document is a
 * step). With one month the chart shows its single labelled point; the caption says "eerste periode".
 */
public final class Verloopgrafieken {

    static final Formaat FORMAAT = new Formaat(640, 230);
    /** One month has nothing to follow over time: a lower frame for its single point. */
    static final Formaat EEN_PUNT = new Formaat(640, 150);

    private Verloopgrafieken() {
    }

    /** The region's charts under their template names ({@code grafiek:verloop-asiel}, …, {@code grafiek:verloop-statushouders}). */
    public static Map<String, Grafiek> voor(VerloopModel m, Grafieken grafieken) {
        Map<String, Grafiek> uit = new LinkedHashMap<>();
        Formaat formaat = m.eerstePeriode() ? EEN_PUNT : FORMAAT;
        for (Lijn l : m.lijnen()) uit.put(l.sleutel(), lijn(l, grafieken, formaat));
        if (m.statushouders() != null) uit.put("verloop-statushouders", statushouders(m.statushouders(), grafieken, FORMAAT));
        return uit;
    }

    static Grafiek lijn(Lijn l, Grafieken grafieken, Formaat formaat) {
        List<String> maanden = l.punten().stream().map(Punt::label).toList();
        Grafiek g = grafieken.lijn(null, l.eenheid(), maanden, List.of(
                new Reeks("Beschikbaar op " + l.peildatum(), l.punten().stream().map(Punt::realisatie).toList()),
                new Reeks("Opgave (zoals die maand bekend)", l.punten().stream().map(Punt::opgave).toList())), formaat);
        labels(g, grafieken, false);
        return g;
    }

    static Grafiek statushouders(Statushouderslijn s, Grafieken grafieken, Formaat formaat) {
        List<String> maanden = s.punten().stream().map(Shpunt::label).toList();
        Grafiek g = grafieken.lijn(null, "personen", maanden, List.of(
                new Reeks("Gehuisvest (cumulatief)", s.punten().stream().map(Shpunt::gehuisvest).toList()),
                new Reeks("Op schema (m/6 van de gecorrigeerde taakstelling)", s.punten().stream().map(Shpunt::opSchema).toList())),
                formaat);
        labels(g, grafieken, true);
        return g;
    }

    /**
     * Values at the points: every point of the first series, the others where the value changes
     * (a step), or with {@code alleenLaatste} (a straight schedule line) at its last point only.
     */
    private static void labels(Grafiek g, Grafieken grafieken, boolean alleenLaatste) {
        CategoryPlot plot = g.chart().getCategoryPlot();
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        NumberFormat getal = NumberFormat.getIntegerInstance(Opmaak.NL);
        r.setDefaultItemLabelGenerator(new CategoryItemLabelGenerator() {
            @Override
            public String generateRowLabel(CategoryDataset d, int rij) {
                return d.getRowKey(rij).toString();
            }

            @Override
            public String generateColumnLabel(CategoryDataset d, int kolom) {
                return d.getColumnKey(kolom).toString();
            }

            @Override
            public String generateLabel(CategoryDataset d, int rij, int kolom) {
                Number n = d.getValue(rij, kolom);
                if (n == null) return null;
                if (rij > 0 && alleenLaatste) return kolom == d.getColumnCount() - 1 ? getal.format(Math.round(n.doubleValue())) : null;
                if (rij > 0 && kolom > 0) {
                    Number ervoor = d.getValue(rij, kolom - 1);
                    if (ervoor != null && ervoor.doubleValue() == n.doubleValue()) return null;
                }
                return getal.format(Math.round(n.doubleValue()));
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(grafieken.regulier().deriveFont(8.5f));
        // One month: a marker on every series, or the dashed opgave would not show at all.
        boolean eenPunt = plot.getDataset().getColumnCount() == 1;
        r.setSeriesShapesVisible(1, eenPunt);
        plot.getRangeAxis().setUpperMargin(0.15);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
    }
}
