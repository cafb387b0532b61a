package nl.regietafel.domain.kaart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Makes the {@link Kaart} of a group of areas of one layer: projected, with the group's outline. */
public final class Kaartmaker {

    private final Topologie topologie;

    public Kaartmaker(Topologie topologie) {
        this.topologie = topologie;
    }

    /**
     * The areas {@code codes} of {@code laag} fitted into breedte × hoogte. Codes the topology does
     * not know are left out (the caller can compare sizes); an empty result has no areas.
     */
    public Kaart maak(String laag, Collection<String> codes, double breedte, double hoogte, double marge) {
        List<Vlak> vlakken = new ArrayList<>();
        for (String code : codes) {
            Vlak v = topologie.vlak(laag, code);
            if (v != null) vlakken.add(v);
        }
        if (vlakken.isEmpty()) return new Kaart(breedte, hoogte, List.of(), List.of());
        List<List<double[]>> alleRingen = new ArrayList<>();
        for (Vlak v : vlakken) {
            for (List<int[]> polygoon : v.polygonen()) {
                for (int[] ring : polygoon) alleRingen.add(topologie.ring(ring));
            }
        }
        Projectie projectie = Projectie.passend(alleRingen, breedte, hoogte, marge);
        List<Kaartvlak> uit = new ArrayList<>();
        for (Vlak v : vlakken) {
            List<double[][]> ringen = new ArrayList<>();
            double[][] grootste = null;
            double grootsteOppervlak = -1;
            for (List<int[]> polygoon : v.polygonen()) {
                for (int r = 0; r < polygoon.size(); r++) {
                    double[][] ring = projectie.lijn(topologie.ring(polygoon.get(r)));
                    ringen.add(ring);
                    double opp = Math.abs(oppervlak(ring));
                    if (r == 0 && opp > grootsteOppervlak) {
                        grootste = ring;
                        grootsteOppervlak = opp;
                    }
                }
            }
            double[] midden = zwaartepunt(grootste);
            uit.add(new Kaartvlak(v.code(), ringen, midden[0], midden[1]));
        }
        List<double[][]> omtrek = Omtrek.van(topologie, vlakken).stream()
                .map(boog -> projectie.lijn(List.of(boog))).toList();
        return new Kaart(breedte, hoogte, uit, omtrek);
    }

    /** Signed area (shoelace formula). */
    static double oppervlak(double[][] ring) {
        double som = 0;
        for (int i = 0; i < ring.length; i++) {
            double[] a = ring[i];
            double[] b = ring[(i + 1) % ring.length];
            som += a[0] * b[1] - b[0] * a[1];
        }
        return som / 2;
    }

    /** Area centroid of a ring; the mean of its points when the ring has no area. */
    static double[] zwaartepunt(double[][] ring) {
        double a = oppervlak(ring);
        double cx = 0, cy = 0;
        if (Math.abs(a) < 1e-12) {
            for (double[] p : ring) {
                cx += p[0] / ring.length;
                cy += p[1] / ring.length;
            }
            return new double[]{cx, cy};
        }
        for (int i = 0; i < ring.length; i++) {
            double[] p = ring[i];
            double[] q = ring[(i + 1) % ring.length];
            double f = p[0] * q[1] - q[0] * p[1];
            cx += (p[0] + q[0]) * f;
            cy += (p[1] + q[1]) * f;
        }
        return new double[]{cx / (6 * a), cy / (6 * a)};
    }
}
