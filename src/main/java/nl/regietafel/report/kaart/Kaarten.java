package nl.regietafel.report.kaart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.regietafel.berekening.StoplichtInstellingen;
import nl.regietafel.domain.tijdlijn.Tijdlijn;
import nl.regietafel.report.beeld.Maandbeeld;

import nl.regietafel.report.Grafieken;
import nl.regietafel.report.Grafieken.Formaat;
import nl.regietafel.report.Grafieken.Grafiek;
import nl.regietafel.report.Opmaak;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.springframework.stereotype.Component;

/** What a document needs for its maps: the view models, and each as a vector figure for the PDF. */
@Component
public class Kaarten {

    public static final Formaat FORMAAT = new Formaat((int) Kaartbeelden.BREEDTE, (int) Kaartbeelden.HOOGTE);

    private final Kaartbron bron;
    private final Grafieken grafieken;
    private final Opmaak fmt;
    private final StoplichtInstellingen stoplicht;

    public Kaarten(Kaartbron bron, Grafieken grafieken, Opmaak fmt, StoplichtInstellingen stoplicht) {
        this.bron = bron;
        this.grafieken = grafieken;
        this.fmt = fmt;
        this.stoplicht = stoplicht;
    }

    /** The maps per main opgave and the traffic-light matrix of a region's month. */
    public Regioblik blik(Maandbeeld b) {
        return new Regioblik(beelden().perOpgave(b), StoplichtmatrixBouwer.bouw(b, stoplicht.drempels()),
                nl.regietafel.report.tijdlijn.TijdlijnBouwer.bouw(b));
    }

    /**
     * The province's veiligheidsregio's ({@code regios}: code → name) on one map, and the matrix of
     * each region in {@code beelden}.
     */
    public Provincieblik provincie(String provincieNaam, Map<String, String> regios, java.util.List<Maandbeeld> beelden) {
        return new Provincieblik(beelden().provincie(provincieNaam, regios, beelden),
                beelden.stream().map(b -> StoplichtmatrixBouwer.bouw(b, stoplicht.drempels())).toList());
    }

    /** The maps of {@code blik} as figures, named as {@link Regioblik#naam(int)}. */
    public Map<String, Grafiek> grafieken(Regioblik blik) {
        Map<String, Grafiek> uit = new LinkedHashMap<>();
        for (int i = 0; i < blik.kaarten().size(); i++) uit.put(Regioblik.naam(i), grafiek(blik.kaarten().get(i)));
        for (int i = 0; i < blik.tijdlijnen().size(); i++) {
            Tijdlijn t = blik.tijdlijnen().get(i);
            uit.put(Regioblik.tijdlijn(i), grafieken.lijn(null, "plekken", t.maanden().stream().map(Regioblik::maand).toList(),
                    t.alle().stream().map(r -> new Grafieken.Reeks(r.naam(), r.waarden())).toList(), new Formaat(640, 300)));
        }
        return uit;
    }

    public Kaartbeelden beelden() {
        return new Kaartbeelden(bron.maker(), fmt);
    }

    /** The map as a figure for {@code <img src="grafiek:naam"/>}. */
    public Grafiek grafiek(Kaartbeeld beeld) {
        JFreeChart chart = new JFreeChart(null, null, new KaartPlot(beeld, grafieken.regulier(), grafieken.vet()), false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setBorderVisible(false);
        return new Grafiek(chart, FORMAAT);
    }

    /** The map as inline SVG for HTML. */
    public String svg(Kaartbeeld beeld) {
        return KaartSvg.svg(beeld);
    }
}
