package nl.regietafel.report;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Horizontal bars stand far enough apart for the value at the end of each to clear its neighbours'. */
class StaafafstandTest {

    final Grafieken grafieken = new Grafieken();

    /** Bars of the drawn chart, as JFreeChart reports them. */
    private record Getekend(double hoogte, List<Rectangle2D> staven) {
        double kleinsteAfstand() {
            List<Double> midden = new ArrayList<>(staven.stream().map(Rectangle2D::getCenterY).toList());
            midden.sort(null);
            double kleinste = Double.MAX_VALUE;
            for (int i = 1; i < midden.size(); i++) kleinste = Math.min(kleinste, midden.get(i) - midden.get(i - 1));
            return kleinste;
        }
    }

    private static final String LANG = "Noord- en Oost-Gelderland: gerealiseerd, gemiddeld ";

    private Getekend teken(int categorieen, int reeksen, int gevraagdeHoogte) {
        return teken(categorieen, IntStream.range(0, reeksen).mapToObj(j -> LANG + j).toList(), gevraagdeHoogte);
    }

    private Getekend teken(int categorieen, List<String> legenda, int gevraagdeHoogte) {
        return teken(categorieen, legenda, gevraagdeHoogte, false);
    }

    private Getekend teken(int categorieen, List<String> legenda, int gevraagdeHoogte, boolean kort) {
        List<String> namen = IntStream.range(0, categorieen).mapToObj(i -> "Gemeente " + i).toList();
        // equal values: bars of the same length, so their labels stand exactly one bar apart
        List<Grafieken.Reeks> reeks = legenda.stream().map(naam -> new Grafieken.Reeks(naam,
                IntStream.range(0, categorieen).mapToObj(i -> (Number) 37).toList())).toList();
        Grafieken.Grafiek grafiek = kort ? grafieken.staafKort("per 10.000 inwoners", namen, reeks, 640)
                : grafieken.staaf(null, "personen", namen, reeks, PlotOrientation.HORIZONTAL,
                new Grafieken.Formaat(640, gevraagdeHoogte));
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            grafiek.chart().draw(g, new Rectangle2D.Double(0, 0, grafiek.formaat().breedte(), grafiek.formaat().hoogte()), info);
        } finally {
            g.dispose();
        }
        List<Rectangle2D> staven = new ArrayList<>();
        info.getEntityCollection().getEntities().forEach(e -> {
            if (e instanceof CategoryItemEntity staaf) staven.add(staaf.getArea().getBounds2D());
        });
        return new Getekend(grafiek.formaat().hoogte(), staven);
    }

    @ParameterizedTest(name = "{0} categorieën × {1} reeksen")
    @CsvSource({"1,2", "1,3", "2,1", "3,3", "5,1", "14,2", "14,3", "26,2", "30,2"})
    void everyBarIsALabelsHeightFromTheNext(int categorieen, int reeksen) {
        Getekend getekend = teken(categorieen, reeksen, 140);

        assertThat(getekend.staven()).hasSize(categorieen * reeksen);
        assertThat(getekend.kleinsteAfstand()).isGreaterThanOrEqualTo(10 - 1e-9);
        assertThat(getekend.hoogte()).isLessThanOrEqualTo(Grafieken.HOOGSTE);
    }

    @Test
    void theFactsheetsNineBarsGetTheHeightTheyNeed() {
        // 3 opgaven × (opgave, gerealiseerd, regio): in 140 pixels they stood 4,9 pixels apart
        List<String> legenda = List.of("Almelo: opgave", "Almelo: gerealiseerd", "Twente: gerealiseerd, gemiddeld");
        Getekend getekend = teken(3, legenda, 140);

        assertThat(getekend.hoogte()).isEqualTo(grafieken.staafhoogte(3, legenda, 640, false)).isGreaterThan(140);
        assertThat(getekend.kleinsteAfstand()).isGreaterThanOrEqualTo(10 - 1e-9);
        assertThat(teken(3, legenda, 400).hoogte()).isEqualTo(400); // a caller's larger height stands
    }

    @Test
    void theCompactChartKeepsItsBarsApartInLessHeight() {
        List<String> legenda = List.of("Súdwest-Fryslân: opgave", "Súdwest-Fryslân: gerealiseerd",
                "Regio: gerealiseerd, gemiddeld");
        Getekend kort = teken(3, legenda, 0, true);

        assertThat(kort.kleinsteAfstand()).isGreaterThanOrEqualTo(10 - 1e-9);
        assertThat(kort.hoogte()).isEqualTo(grafieken.staafhoogte(3, legenda, 640, true))
                .isLessThan(teken(3, legenda, 0).hoogte() - 30);
        // one bar per category, no legend: still apart
        assertThat(teken(6, List.of("Alleen"), 0, true).kleinsteAfstand()).isGreaterThanOrEqualTo(10 - 1e-9);
    }

    @Test
    void aLegendOnMoreLinesLeavesTheBarsTheirRoom() {
        List<String> kort = List.of("Gehuisvest", "Norm");
        List<String> lang = List.of(LANG + 1, LANG + 2, LANG + 3);

        assertThat(grafieken.staafhoogte(14, lang, 640, false) - grafieken.staafhoogte(14, List.of("a", "b", "c"), 640, false))
                .isEqualTo(2 * 21); // three long names: three lines, not one
        assertThat(teken(14, kort, 140).kleinsteAfstand()).isGreaterThanOrEqualTo(10 - 1e-9);
        assertThat(teken(14, lang, 140).kleinsteAfstand()).isGreaterThanOrEqualTo(10 - 1e-9);
    }

    @Test
    void aChartNeverOutgrowsItsPage() {
        assertThat(grafieken.staafhoogte(60, List.of("Gehuisvest", "Norm"), 640, false)).isEqualTo(Grafieken.HOOGSTE);
        assertThat(teken(60, 2, 140).hoogte()).isEqualTo(Grafieken.HOOGSTE);
    }
}
