package nl.regietafel.domain.kaart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A decoded TopoJSON topology: arcs in map coordinates (for the shipped file WGS84 lon/lat) and
 * layers of named areas that refer to them. Arcs are shared between neighbours, which is what
 * makes the region outline cheap ({@link Omtrek}). Immutable.
 */
public final class Topologie {

    private final List<double[][]> bogen;
    private final Map<String, Map<String, Vlak>> lagen;

    private Topologie(List<double[][]> bogen, Map<String, Map<String, Vlak>> lagen) {
        this.bogen = List.copyOf(bogen);
        this.lagen = lagen;
    }

    /**
     * From quantized arcs: each arc's first position is absolute, the others are deltas to the
     * previous one; position = quantized × scale + translate (TopoJSON specification §2.1.3).
     */
    public static Topologie gekwantiseerd(List<int[][]> kwantBogen, double[] schaal, double[] verschuiving,
                                          Map<String, List<Vlak>> lagen) {
        List<double[][]> bogen = new ArrayList<>(kwantBogen.size());
        for (int[][] boog : kwantBogen) {
            double[][] punten = new double[boog.length][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < boog.length; i++) {
                x += boog[i][0];
                y += boog[i][1];
                punten[i] = new double[]{x * schaal[0] + verschuiving[0], y * schaal[1] + verschuiving[1]};
            }
            bogen.add(punten);
        }
        Map<String, Map<String, Vlak>> perLaag = new LinkedHashMap<>();
        lagen.forEach((laag, vlakken) -> {
            Map<String, Vlak> perCode = new LinkedHashMap<>();
            for (Vlak v : vlakken) {
                for (List<int[]> polygoon : v.polygonen()) {
                    for (int[] ring : polygoon) {
                        for (int ref : ring) {
                            int index = ref < 0 ? ~ref : ref;
                            if (index >= bogen.size()) {
                                throw new IllegalArgumentException("Vlak " + v.code() + " verwijst naar boog " + index
                                        + ", de topologie heeft er " + bogen.size());
                            }
                        }
                    }
                }
                perCode.put(v.code(), v);
            }
            perLaag.put(laag, Map.copyOf(perCode));
        });
        return new Topologie(bogen, Map.copyOf(perLaag));
    }

    public Set<String> codes(String laag) {
        return lagen.getOrDefault(laag, Map.of()).keySet();
    }

    /** The area {@code code} of {@code laag}, or null. */
    public Vlak vlak(String laag, String code) {
        return lagen.getOrDefault(laag, Map.of()).get(code);
    }

    /** The points of arc {@code ref} in its direction ({@code ~i}: arc i backwards). */
    public double[][] boog(int ref) {
        double[][] boog = bogen.get(ref < 0 ? ~ref : ref);
        if (ref >= 0) return boog;
        double[][] omgekeerd = new double[boog.length][];
        for (int i = 0; i < boog.length; i++) omgekeerd[i] = boog[boog.length - 1 - i];
        return omgekeerd;
    }

    /** A ring's points: its arcs joined, each arc's first point dropped after the first arc (it repeats). */
    public List<double[]> ring(int[] refs) {
        List<double[]> punten = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            double[][] boog = boog(refs[i]);
            for (int j = i == 0 ? 0 : 1; j < boog.length; j++) punten.add(boog[j]);
        }
        return punten;
    }
}
