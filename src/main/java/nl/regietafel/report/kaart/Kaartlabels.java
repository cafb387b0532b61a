package nl.regietafel.report.kaart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.regietafel.domain.kaart.Kaartvlak;
import nl.regietafel.report.kaart.Kaartbeeld.Kaartgebied;

/**
 * Which areas get their name on the map (issue 11): the largest areas first, and a label that
 * would overlap one already placed is left out. At the scale of the Netherlands most names do not
 * fit; they stay in the tooltip (index.html) and in the table beside the map. The label's box is
 * estimated from its characters (DejaVu Sans: about 0,62 em a character, bold).
 */
final class Kaartlabels {

    private static final double TEKEN = 0.62;
    private static final double MARGE = 1.5;
    /** The white edge drawn around each letter (KaartTekening, KaartSvg). */
    private static final double HALO = 1.1;

    private Kaartlabels() {
    }

    /** The codes whose label is drawn, labels scaled by the map's text size. */
    static Set<String> zichtbaar(Kaartbeeld beeld) {
        double groot = beeld.tekstgrootte();
        List<Kaartvlak> opGrootte = new ArrayList<>(beeld.kaart().vlakken());
        opGrootte.sort(Comparator.comparingDouble(Kaartlabels::oppervlak).reversed());
        List<double[]> geplaatst = new ArrayList<>();
        Set<String> uit = new LinkedHashSet<>();
        for (Kaartvlak v : opGrootte) {
            Kaartgebied g = beeld.gebied(v.code());
            if (g == null || g.naam().isEmpty()) continue;
            double[] vak = vak(v, g, groot, beeld.kaart().breedte());
            if (geplaatst.stream().noneMatch(b -> overlapt(b, vak))) {
                geplaatst.add(vak);
                uit.add(v.code());
            }
        }
        return uit;
    }

    /** The label's box {x1, y1, x2, y2}: the name (10,5 bold) and under it the value (10), centred on {@link #midden}. */
    static double[] vak(Kaartvlak v, Kaartgebied g, double groot, double kaartbreedte) {
        boolean metWaarde = !g.waarde().isEmpty();
        double breedte = breedte(g, groot);
        double x = midden(v, g, groot, kaartbreedte);
        double boven = v.labelY() + (metWaarde ? -1 : 4 * groot) - 10.5 * groot;
        double onder = v.labelY() + (metWaarde ? -1 + 12 * groot + 2 * groot : 4 * groot + 2.5 * groot);
        return new double[]{x - breedte / 2, boven, x + breedte / 2, onder};
    }

    /**
     * Where the label is centred: on the area's label point, moved inwards as far as needed for the whole label
     * (and its white halo) to stay on the map; a gemeente on the region's edge had its long name cut off there
     * ("Hardinxveld-Giessen"). A label wider than the map is centred on it.
     */
    static double midden(Kaartvlak v, Kaartgebied g, double groot, double kaartbreedte) {
        double half = breedte(g, groot) / 2 + HALO * groot;
        if (2 * half >= kaartbreedte) return kaartbreedte / 2;
        return Math.max(half, Math.min(kaartbreedte - half, v.labelX()));
    }

    private static double breedte(Kaartgebied g, double groot) {
        return Math.max(g.naam().length() * 10.5, g.waarde().length() * 10) * TEKEN * groot;
    }

    private static boolean overlapt(double[] a, double[] b) {
        return a[0] < b[2] + MARGE && b[0] < a[2] + MARGE && a[1] < b[3] + MARGE && b[1] < a[3] + MARGE;
    }

    /** The area of the vlak's rings (shoelace), holes not subtracted: enough to order by size. */
    static double oppervlak(Kaartvlak v) {
        double som = 0;
        for (double[][] ring : v.ringen()) {
            double a = 0;
            for (int i = 0; i < ring.length; i++) {
                double[] p = ring[i];
                double[] q = ring[(i + 1) % ring.length];
                a += p[0] * q[1] - q[0] * p[1];
            }
            som += Math.abs(a) / 2;
        }
        return som;
    }
}
