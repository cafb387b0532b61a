package nl.regietafel.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * The text a chart can draw with the PDF's fonts (OpenPDF's Graphics2D writes every
 * {@code drawString} with them): titles, legend, axis labels, categories, tick and item labels.
 * Known are JFreeChart's category plots as {@link Grafieken} makes them and plots that tell their
 * own text ({@link Grafieken.Tekstbron}); for any other part nothing is known, and the chart counts as not covered.
 */
final class Grafiekteksten {

    // Formatted with every tick unit the axis may pick: all digits, the sign and both separators.
    private static final double VOORBEELD = -1234567890.0625;

    private Grafiekteksten() {
    }

    /** Whether every text of {@code chart} is known and passes {@code dekt}. */
    static boolean gedekt(JFreeChart chart, Predicate<String> dekt) {
        if (chart.getTitle() != null && !titel(chart.getTitle(), dekt)) {
            return false;
        }
        for (Title t : chart.getSubtitles()) {
            if (!titel(t, dekt)) {
                return false;
            }
        }
        Plot plot = chart.getPlot();
        if (plot == null || !dekt.test(plot.getNoDataMessage())) {
            return false;
        }
        if (plot instanceof Grafieken.Tekstbron bron) {
            return bron.teksten().stream().allMatch(dekt);
        }
        return plot.getClass() == CategoryPlot.class && categorie((CategoryPlot) plot, dekt);
    }

    private static boolean titel(Title t, Predicate<String> dekt) {
        if (t instanceof TextTitle tekst) {
            return t.getClass() == TextTitle.class && dekt.test(tekst.getText());
        }
        if (t instanceof LegendTitle legenda && t.getClass() == LegendTitle.class && legenda.getWrapper() == null) {
            for (LegendItemSource bron : legenda.getSources()) {
                if (!legenda(bron.getLegendItems(), dekt)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean legenda(LegendItemCollection items, Predicate<String> dekt) {
        for (int i = 0; i < items.getItemCount(); i++) {
            if (!dekt.test(items.get(i).getLabel())) {
                return false;
            }
        }
        return true;
    }

    private static boolean categorie(CategoryPlot plot, Predicate<String> dekt) {
        if (!plot.getAnnotations().isEmpty()) {
            return false;
        }
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            CategoryAxis as = plot.getDomainAxis(i);
            if (as != null && (as.getClass() != CategoryAxis.class || as.getAttributedLabel() != null
                    || !dekt.test(as.getLabel()))) {
                return false;
            }
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis as = plot.getRangeAxis(i);
            if (as != null && (as.getClass() != NumberAxis.class || !getallen((NumberAxis) as, dekt))) {
                return false;
            }
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (!leeg(plot.getDomainMarkers(i, Layer.FOREGROUND)) || !leeg(plot.getDomainMarkers(i, Layer.BACKGROUND))
                    || !leeg(plot.getRangeMarkers(i, Layer.FOREGROUND)) || !leeg(plot.getRangeMarkers(i, Layer.BACKGROUND))) {
                return false;
            }
        }
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            CategoryDataset gegevens = plot.getDataset(d);
            if (gegevens != null && !gegevens(gegevens, plot.getRendererForDataset(gegevens), dekt)) {
                return false;
            }
        }
        return true;
    }

    private static boolean getallen(NumberAxis as, Predicate<String> dekt) {
        if (as.getAttributedLabel() != null || !dekt.test(as.getLabel())) {
            return false;
        }
        NumberFormat vast = as.getNumberFormatOverride();
        if (vast != null) {
            return dekt.test(vast.format(VOORBEELD)) && dekt.test(vast.format(as.getLowerBound()))
                    && dekt.test(vast.format(as.getUpperBound()));
        }
        if (!eenheid(as.getTickUnit(), as, dekt)) {
            return false;
        }
        TickUnitSource eenheden = as.getStandardTickUnits();
        if (eenheden != null) {
            for (int macht = -12; macht <= 15; macht++) {
                if (!eenheid(eenheden.getCeilingTickUnit(Math.pow(10, macht)), as, dekt)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean eenheid(TickUnit eenheid, NumberAxis as, Predicate<String> dekt) {
        return eenheid == null || dekt.test(eenheid.valueToString(VOORBEELD))
                && dekt.test(eenheid.valueToString(as.getLowerBound())) && dekt.test(eenheid.valueToString(as.getUpperBound()));
    }

    private static boolean gegevens(CategoryDataset gegevens, CategoryItemRenderer renderer, Predicate<String> dekt) {
        for (int k = 0; k < gegevens.getColumnCount(); k++) {
            if (!dekt.test(String.valueOf(gegevens.getColumnKey(k)))) {
                return false;
            }
        }
        for (int r = 0; r < gegevens.getRowCount(); r++) {
            if (!dekt.test(String.valueOf(gegevens.getRowKey(r)))) {
                return false;
            }
            for (int k = 0; renderer != null && k < gegevens.getColumnCount(); k++) {
                CategoryItemLabelGenerator labels = renderer.getItemLabelGenerator(r, k);
                if (labels != null && renderer.isItemLabelVisible(r, k) && !dekt.test(labels.generateLabel(gegevens, r, k))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean leeg(Collection<?> markers) {
        return markers == null || markers.isEmpty();
    }
}
