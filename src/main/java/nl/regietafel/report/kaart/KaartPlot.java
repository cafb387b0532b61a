package nl.regietafel.report.kaart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import nl.regietafel.report.Grafieken;

import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A map as a JFreeChart plot, so that it goes into the PDF through the charts' vector path
 * ({@code <img src="grafiek:…"/>}) with the document's fonts.
 */
final class KaartPlot extends Plot implements Grafieken.Tekstbron {

    private final transient Kaartbeeld beeld;
    private final Font regulier;
    private final Font vet;

    KaartPlot(Kaartbeeld beeld, Font regulier, Font vet) {
        this.beeld = beeld;
        this.regulier = regulier;
        this.vet = vet;
        setOutlineVisible(false);
        setInsets(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
    }

    /** The legend, and the names and values too, though those are drawn as outlines of the AWT faces. */
    @Override
    public List<String> teksten() {
        List<String> uit = new ArrayList<>();
        uit.add(KaartTekening.LEGENDA);
        beeld.legenda().forEach(r -> uit.add(r.tekst()));
        beeld.gebieden().forEach(g -> {
            uit.add(g.naam());
            uit.add(g.waarde());
        });
        return uit;
    }

    @Override
    public String getPlotType() {
        return "Kaart";
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D gebied, Point2D anker, PlotState ouder, PlotRenderingInfo info) {
        AffineTransform was = g.getTransform();
        try {
            double schaal = Math.min(gebied.getWidth() / Kaartbeelden.BREEDTE, gebied.getHeight() / Kaartbeelden.HOOGTE);
            g.translate(gebied.getX(), gebied.getY());
            g.scale(schaal, schaal);
            KaartTekening.teken(g, beeld, regulier, vet);
        } finally {
            g.setTransform(was);
        }
    }
}
