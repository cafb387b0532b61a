package nl.regietafel.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dutch formatting of figures and dates, always in nl-NL whatever the JVM locale.
 * Templates reach it as the shared variable {@code fmt}: {@code ${fmt.getal(g.opgave)}}.
 *
 * <p>Thread-safe: the formatters are immutable or created per call.
 */
public final class Opmaak {

    public static final Locale NL = Locale.forLanguageTag("nl-NL");

    /** The real minus sign (U+2212), not the hyphen. */
    public static final String MIN = "\u2212";

    private static final DecimalFormatSymbols SYMBOLEN = DecimalFormatSymbols.getInstance(NL);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);

    /** 1944 → "1.944"; −36 → "−36". */
    public String getal(long waarde) {
        return teken(waarde < 0) + formatteer(BigDecimal.valueOf(waarde).abs(), 0);
    }

    /** 54.089 with 2 decimals → "54,09" (half up); negative with the real minus sign. */
    public String getal(BigDecimal waarde, int decimalen) {
        BigDecimal afgerond = waarde.setScale(decimalen, RoundingMode.HALF_UP);
        return teken(afgerond.signum() < 0) + formatteer(afgerond.abs(), decimalen);
    }

    /** A fraction as a percentage: 0.5409 with 1 decimal → "54,1 %". */
    public String procent(BigDecimal fractie, int decimalen) {
        return getal(fractie.movePointRight(2), decimalen) + " %";
    }

    /** A value that is already a percentage: 54.09 with 1 decimal → "54,1 %". */
    public String percentage(BigDecimal percentage, int decimalen) {
        return getal(percentage, decimalen) + " %";
    }

    /** 1 april 2023. */
    public String datum(LocalDate datum) {
        return DATUM.format(datum);
    }

    /** december 2022. */
    public String maand(YearMonth maand) {
        return MAAND.format(maand);
    }

    /** 28 november 2026 14:03 (the generation time in footers). */
    public String tijdstip(LocalDateTime tijdstip) {
        return TIJDSTIP.format(tijdstip);
    }

    /** A change against the previous period: "+220", "−36", "0". */
    public String verschil(long verschil) {
        return verschil > 0 ? "+" + getal(verschil) : getal(verschil);
    }

    private static String teken(boolean negatief) {
        return negatief ? MIN : "";
    }

    private static String formatteer(BigDecimal positief, int decimalen) {
        DecimalFormat df = new DecimalFormat(decimalen == 0 ? "#,##0" : "#,##0." + "0".repeat(decimalen), SYMBOLEN);
        df.setRoundingMode(RoundingMode.HALF_UP);
        return df.format(positief);
    }
}
