package nl.regietafel.domain.kaart;

import java.util.List;

/**
 * Equirectangular projection of lon/lat onto the page: longitude scaled by the cosine of the
 * middle latitude (at 52° a degree east is 0,62 of a degree north), fitted into a box with a
 * margin, north up. Over a region or even the whole country the distortion is negligible.
 */
public final class Projectie {

    private final double cosBreedte;
    private final double schaal;
    private final double minX;
    private final double maxY;
    private final double dx;
    private final double dy;

    private Projectie(double cosBreedte, double schaal, double minX, double maxY, double dx, double dy) {
        this.cosBreedte = cosBreedte;
        this.schaal = schaal;
        this.minX = minX;
        this.maxY = maxY;
        this.dx = dx;
        this.dy = dy;
    }

    /** The projection that fits every point of {@code ringen} into breedte × hoogte, centred, with {@code marge} all round. */
    public static Projectie passend(List<List<double[]>> ringen, double breedte, double hoogte, double marge) {
        double minLon = Double.POSITIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        for (List<double[]> ring : ringen) {
            for (double[] p : ring) {
                minLon = Math.min(minLon, p[0]);
                maxLon = Math.max(maxLon, p[0]);
                minLat = Math.min(minLat, p[1]);
                maxLat = Math.max(maxLat, p[1]);
            }
        }
        if (minLon > maxLon) {
            throw new IllegalArgumentException("Geen punten om een kaart van te maken");
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double w = Math.max((maxLon - minLon) * cos, 1e-9);
        double h = Math.max(maxLat - minLat, 1e-9);
        double schaal = Math.min((breedte - 2 * marge) / w, (hoogte - 2 * marge) / h);
        double dx = (breedte - w * schaal) / 2;
        double dy = (hoogte - h * schaal) / 2;
        return new Projectie(cos, schaal, minLon * cos, maxLat, dx, dy);
    }

    /** Page point {x, y} of lon/lat {@code p}. */
    public double[] punt(double[] p) {
        return new double[]{dx + (p[0] * cosBreedte - minX) * schaal, dy + (maxY - p[1]) * schaal};
    }

    public double[][] lijn(List<double[]> punten) {
        double[][] uit = new double[punten.size()][];
        for (int i = 0; i < uit.length; i++) uit[i] = punt(punten.get(i));
        return uit;
    }
}
