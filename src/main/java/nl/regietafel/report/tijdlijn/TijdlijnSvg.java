package nl.regietafel.report.tijdlijn;

import java.util.List;
import java.util.Locale;

import nl.regietafel.domain.tijdlijn.Tijdlijn;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.kaart.Regioblik;

/**
 * A timeline as inline SVG for index.html: places as solid lines with a point per month (its
 * value as tooltip), opgaven dashed, Dutch axis labels, legend in words.
 */
public final class TijdlijnSvg {

    private static final double B = 640, H = 300, LINKS = 58, RECHTS = 12, BOVEN = 12, ONDER = 70;
    private static final String[] KLEUREN = {"#154273", "#e17000", "#767676"};

    private TijdlijnSvg() {
    }

    public static String svg(Tijdlijn t, Opmaak fmt) {
        long max = 1;
        for (Tijdlijn.Reeks r : t.alle()) for (Long w : r.waarden()) if (w != null && w > max) max = w;
        long stap = stap(max);
        long top = ((max + stap - 1) / stap) * stap;
        int n = t.maanden().size();
        double bw = B - LINKS - RECHTS, bh = H - BOVEN - ONDER;
        StringBuilder s = new StringBuilder(16 * 1024);
        s.append("<svg class=\"tijdlijn\" viewBox=\"0 0 ").append(g(B)).append(' ').append(g(H))
                .append("\" role=\"img\" aria-label=\"").append(x(t.titel())).append("\"><title>").append(x(t.titel())).append("</title>");
        for (long v = 0; v <= top; v += stap) {
            double y = BOVEN + bh - bh * v / top;
            s.append("<line x1=\"").append(g(LINKS)).append("\" x2=\"").append(g(B - RECHTS)).append("\" y1=\"").append(g(y))
                    .append("\" y2=\"").append(g(y)).append("\" stroke=\"#d0d5dc\" stroke-width=\"0.8\"/>")
                    .append("<text x=\"").append(g(LINKS - 6)).append("\" y=\"").append(g(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append(fmt.getal(v)).append("</text>");
        }
        for (int i = 0; i < n; i++) {
            if (n > 7 && i % 2 == 1) continue; // "dec. 2022" labels overlap beyond about seven months
            double xm = xPos(i, n, bw);
            s.append("<text x=\"").append(g(xm)).append("\" y=\"").append(g(BOVEN + bh + 16))
                    .append("\" text-anchor=\"middle\" font-size=\"10.5\">").append(x(Regioblik.maand(t.maanden().get(i)))).append("</text>");
        }
        List<Tijdlijn.Reeks> alle = t.alle();
        for (int k = 0; k < alle.size(); k++) {
            Tijdlijn.Reeks r = alle.get(k);
            boolean opgave = k >= t.plekken().size();
            String kleur = KLEUREN[k % KLEUREN.length];
            s.append("<g class=\"reeks\" data-reeks=\"").append(x(r.naam())).append("\"><title>").append(x(r.naam())).append("</title>");
            s.append("<polyline fill=\"none\" stroke=\"").append(kleur).append("\" stroke-width=\"").append(opgave ? "1.8" : "2.4")
                    .append(opgave ? "\" stroke-dasharray=\"6 4" : "").append("\" points=\"");
            for (int i = 0; i < n; i++) {
                Long w = r.waarden().get(i);
                if (w == null) continue;
                s.append(g(xPos(i, n, bw))).append(',').append(g(BOVEN + bh - bh * w / top)).append(' ');
            }
            s.append("\"/>");
            if (!opgave) {
                for (int i = 0; i < n; i++) {
                    Long w = r.waarden().get(i);
                    if (w == null) continue;
                    s.append("<circle cx=\"").append(g(xPos(i, n, bw))).append("\" cy=\"").append(g(BOVEN + bh - bh * w / top))
                            .append("\" r=\"3\" fill=\"").append(kleur).append("\"><title>").append(x(r.naam())).append(", ")
                            .append(x(Regioblik.maand(t.maanden().get(i)))).append(": ").append(fmt.getal(w)).append(" plekken</title></circle>");
                }
            }
            s.append("</g>");
            // One legend line per series, under the month labels: long names stay whole.
            double lx = LINKS;
            double ly = BOVEN + bh + 34 + 14 * k;
            s.append("<line x1=\"").append(g(lx)).append("\" x2=\"").append(g(lx + 24)).append("\" y1=\"").append(g(ly)).append("\" y2=\"")
                    .append(g(ly)).append("\" stroke=\"").append(kleur).append("\" stroke-width=\"2.4\"")
                    .append(opgave ? " stroke-dasharray=\"6 4\"" : "").append("/>")
                    .append("<text x=\"").append(g(lx + 30)).append("\" y=\"").append(g(ly + 4)).append("\" font-size=\"10.5\">")
                    .append(x(r.naam())).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static double xPos(int i, int n, double bw) {
        return LINKS + (n == 1 ? bw / 2 : bw * i / (n - 1));
    }

    /** A round grid step for about five lines: 1, 2 or 5 times a power of ten. */
    static long stap(long max) {
        long macht = 1;
        while (macht * 10 <= max / 5) macht *= 10;
        for (long f : new long[]{1, 2, 5, 10}) if (max / (f * macht) <= 6) return f * macht;
        return 10 * macht;
    }

    private static String g(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String x(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
