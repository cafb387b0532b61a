package nl.regietafel.report.kaart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import nl.regietafel.domain.kaart.Kaartvlak;
import nl.regietafel.report.kaart.Kaartbeeld.Kaartgebied;
import nl.regietafel.report.kaart.Kaartbeeld.Legendaregel;

/**
 * Draws a {@link Kaartbeeld} with Java2D: in a PDF onto OpenPDF's vector graphics (through the
 * same replaced element as the charts), so the map stays sharp when printed. Units are CSS pixels
 * of {@link Kaartbeelden#BREEDTE} × {@link Kaartbeelden#HOOGTE}.
 */
final class KaartTekening {

    static final String LEGENDA = "Legenda";
    private static final Color LIJN = new Color(0x1a, 0x1a, 0x1a);
    private static final Color TEKST = new Color(0x1a, 0x1a, 0x1a);

    private KaartTekening() {
    }

    static void teken(Graphics2D g, Kaartbeeld beeld, Font regulier, Font vet) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, Kaartbeelden.BREEDTE, Kaartbeelden.HOOGTE));
        for (Kaartvlak v : beeld.kaart().vlakken()) {
            Kaartgebied gebied = beeld.gebied(v.code());
            Path2D vorm = vorm(v);
            g.setColor(gebied == null ? Color.LIGHT_GRAY : Color.decode(gebied.kleur()));
            g.fill(vorm);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(vorm);
        }
        g.setColor(LIJN);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (double[][] lijn : beeld.kaart().omtrek()) {
            Path2D pad = new Path2D.Double();
            pad.moveTo(lijn[0][0], lijn[0][1]);
            for (int i = 1; i < lijn.length; i++) pad.lineTo(lijn[i][0], lijn[i][1]);
            g.draw(pad);
        }
        for (Kaartvlak v : beeld.kaart().vlakken()) {
            Kaartgebied gebied = beeld.gebied(v.code());
            if (gebied != null && gebied.gemarkeerd()) {
                g.setColor(LIJN);
                g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(vorm(v));
            }
        }
        if (beeld.namen()) {
            float groot = (float) beeld.tekstgrootte();
            Font naam = vet.deriveFont(10.5f * groot);
            Font waarde = regulier.deriveFont(10f * groot);
            java.util.Set<String> zichtbaar = Kaartlabels.zichtbaar(beeld); // names that would overlap stay in the table
            for (Kaartvlak v : beeld.kaart().vlakken()) {
                Kaartgebied gebied = beeld.gebied(v.code());
                if (gebied == null || !zichtbaar.contains(v.code())) continue;
                boolean metWaarde = !gebied.waarde().isEmpty();
                double y = v.labelY() + (metWaarde ? -1 : 4 * groot);
                double x = Kaartlabels.midden(v, gebied, groot, beeld.kaart().breedte());
                midden(g, naam, gebied.naam(), x, y, groot);
                if (metWaarde) midden(g, waarde, gebied.waarde(), x, y + 12 * groot, groot);
            }
        }
        legenda(g, beeld, regulier, vet);
    }

    private static void legenda(Graphics2D g, Kaartbeeld beeld, Font regulier, Font vet) {
        if (beeld.legenda().isEmpty()) return;
        double x = beeld.kaart().breedte() + 14;
        double y = 24;
        g.setColor(TEKST);
        g.setFont(vet.deriveFont(11f));
        g.drawString(LEGENDA, (float) x, (float) y);
        g.setFont(regulier.deriveFont(10.5f));
        y += 10;
        for (Legendaregel r : beeld.legenda()) {
            Rectangle2D vak = new Rectangle2D.Double(x, y, 18, 12);
            g.setColor(Color.decode(r.kleur()));
            g.fill(vak);
            g.setColor(new Color(0x77, 0x77, 0x77));
            g.setStroke(new BasicStroke(0.6f));
            g.draw(vak);
            g.setColor(TEKST);
            g.drawString(r.tekst(), (float) (x + 24), (float) (y + 10.5));
            y += 19;
        }
    }

    /** Centred text in dark type on a white halo, readable on every fill and in grey print. */
    private static void midden(Graphics2D g, Font font, String tekst, double x, double y, float groot) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        Shape vorm = font.createGlyphVector(g.getFontRenderContext(), tekst)
                .getOutline((float) (x - m.stringWidth(tekst) / 2.0), (float) y);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.2f * groot, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(vorm);
        g.setColor(TEKST);
        g.fill(vorm);
    }

    static Path2D vorm(Kaartvlak v) {
        Path2D pad = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[][] ring : v.ringen()) {
            pad.moveTo(ring[0][0], ring[0][1]);
            for (int i = 1; i < ring.length; i++) pad.lineTo(ring[i][0], ring[i][1]);
            pad.closePath();
        }
        return pad;
    }
}
