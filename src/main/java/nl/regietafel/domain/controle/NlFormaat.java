package nl.regietafel.domain.controle;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Dutch number format for texts: 1.944; 54,09 %; +1. New formatter per call: the JDK's are not thread-safe. */
public final class NlFormaat {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");

    private NlFormaat() {
    }

    public static String getal(long n) {
        return NumberFormat.getIntegerInstance(NL).format(n);
    }

    /** With an explicit sign, for differences: +1, -3, 0. */
    public static String verschil(long n) {
        return n > 0 ? "+" + getal(n) : getal(n);
    }

    /** "1 januari 2022". */
    public static String datum(java.time.LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", NL));
    }

    /** A number with exactly {@code decimalen} decimals: "99,52". */
    public static String decimaal(BigDecimal getal, int decimalen) {
        String p = procent(getal, decimalen);
        return p.substring(0, p.length() - 2);
    }

    /** A percentage with exactly {@code decimalen} decimals: "54,09 %", "54 %". */
    public static String procent(BigDecimal procent, int decimalen) {
        DecimalFormat f = new DecimalFormat("#,##0" + (decimalen > 0 ? "." + "0".repeat(decimalen) : ""), DecimalFormatSymbols.getInstance(NL));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(procent) + " %";
    }
}
