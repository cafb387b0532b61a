package nl.regietafel.report.kaart;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.regietafel.domain.kaart.Kaartvlak;
import nl.regietafel.report.kaart.Kaartbeeld.Kaartgebied;
import nl.regietafel.report.kaart.Kaartbeeld.Legendaregel;

/**
 * A {@link Kaartbeeld} as inline SVG for index.html: one {@code <path>} per area, named by its
 * code ({@code data-code}) and name ({@code aria-label}), with its figures as a tooltip
 * ({@code <title>}); labels and legend as text, so the page reads without colour.
 */
final class KaartSvg {

    private KaartSvg() {
    }

    static String svg(Kaartbeeld beeld) {
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<svg class=\"regiokaart\" viewBox=\"0 0 ")
                .append(getal(Kaartbeelden.BREEDTE)).append(' ').append(getal(Kaartbeelden.HOOGTE))
                .append("\" role=\"img\" aria-label=\"").append(tekst(beeld.titel())).append("\">");
        s.append("<title>").append(tekst(beeld.titel())).append("</title>");
        for (Kaartvlak v : beeld.kaart().vlakken()) {
            Kaartgebied g = beeld.gebied(v.code());
            if (g == null) continue;
            s.append("<path class=\"gebied").append(g.gemarkeerd() ? " gemarkeerd" : "").append("\" data-code=\"")
                    .append(tekst(g.code())).append("\" data-waarde=\"").append(tekst(g.waarde()))
                    .append("\" aria-label=\"").append(tekst(g.naam())).append("\" fill=\"").append(g.kleur())
                    .append("\" stroke=\"#ffffff\" stroke-width=\"0.9\" fill-rule=\"evenodd\" d=\"");
            for (double[][] ring : v.ringen()) {
                for (int i = 0; i < ring.length; i++) {
                    s.append(i == 0 ? 'M' : 'L').append(getal(ring[i][0])).append(',').append(getal(ring[i][1]));
                }
                s.append('Z');
            }
            s.append("\"><title>").append(tekst(g.tooltip())).append("</title></path>");
        }
        s.append("<path class=\"omtrek\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1.6\" d=\"");
        for (double[][] lijn : beeld.kaart().omtrek()) {
            for (int i = 0; i < lijn.length; i++) {
                s.append(i == 0 ? 'M' : 'L').append(getal(lijn[i][0])).append(',').append(getal(lijn[i][1]));
            }
        }
        s.append("\"/>");
        if (beeld.namen()) {
            java.util.Set<String> zichtbaar = Kaartlabels.zichtbaar(beeld); // names that would overlap stay in the tooltip
            for (Kaartvlak v : beeld.kaart().vlakken()) {
                Kaartgebied g = beeld.gebied(v.code());
                if (g == null || !zichtbaar.contains(v.code())) continue;
                boolean metWaarde = !g.waarde().isEmpty();
                double y = v.labelY() + (metWaarde ? -1 : 4);
                double x = Kaartlabels.midden(v, g, 1, beeld.kaart().breedte());
                s.append("<text x=\"").append(getal(x)).append("\" y=\"").append(getal(y))
                        .append("\" text-anchor=\"middle\" font-size=\"10.5\" font-weight=\"bold\" fill=\"#1a1a1a\"")
                        .append(" stroke=\"#ffffff\" stroke-width=\"2.2\" stroke-linejoin=\"round\" paint-order=\"stroke\" pointer-events=\"none\">").append(tekst(g.naam()));
                if (metWaarde) {
                    s.append("<tspan x=\"").append(getal(x)).append("\" dy=\"12\" font-weight=\"normal\" font-size=\"10\">")
                            .append(tekst(g.waarde())).append("</tspan>");
                }
                s.append("</text>");
            }
        }
        if (beeld.legenda().isEmpty()) return s.append("</svg>").toString();
        double x = beeld.kaart().breedte() + 14;
        double y = 24;
        s.append("<g class=\"legenda\"><text x=\"").append(getal(x)).append("\" y=\"").append(getal(y))
                .append("\" font-size=\"11\" font-weight=\"bold\">Legenda</text>");
        y += 10;
        for (Legendaregel r : beeld.legenda()) {
            s.append("<rect x=\"").append(getal(x)).append("\" y=\"").append(getal(y)).append("\" width=\"18\" height=\"12\" fill=\"")
                    .append(r.kleur()).append("\" stroke=\"#777777\" stroke-width=\"0.6\"/>")
                    .append("<text x=\"").append(getal(x + 24)).append("\" y=\"").append(getal(y + 10.5))
                    .append("\" font-size=\"10.5\">").append(tekst(r.tekst())).append("</text>");
            y += 19;
        }
        s.append("</g></svg>");
        return s.toString();
    }

    /**
     * One decimal, as {@code String.format(Locale.ROOT, "%.1f", d)} writes it (half up on the
     * double's shortest decimal form, "-0.0" for a small negative) at a fifth of its cost: the
     * national map writes some hundred thousand coordinates.
     */
    static String getal(double d) {
        String s = BigDecimal.valueOf(Math.abs(d)).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(d, 0.0) < 0 ? "-" + s : s;
    }

    /** XML-escaped text (the SVG goes into the page unescaped). */
    static String tekst(String t) {
        if (t == null) return "";
        StringBuilder s = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
