package nl.regietafel.ingest.excel;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

import nl.regietafel.domain.Label;

/**
 * Reads cells of one sheet with the rules of docs/invoerformaten.md, adding Dutch messages
 * (file, sheet, row as Excel numbers it, column letter with header) to a {@link Meldingenlijst}.
 * Every method returns null for an empty cell or a cell it could not read (the FOUT is then
 * already recorded).
 */
public final class Cellezer {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final Pattern GEHEEL = Pattern.compile("-?\\d+");
    private static final Pattern DUIZENDTALLEN = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DMJ = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern JMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final int MAX_TEKST = 2000;

    private final Meldingenlijst m;
    private final String blad;

    public Cellezer(Meldingenlijst m, String blad) {
        this.m = m;
        this.blad = blad;
    }

    public String blad() {
        return blad;
    }

    public Meldingenlijst meldingen() {
        return m;
    }

    public void fout(Rij rij, Kolom kolom, String tekst) {
        m.fout(blad, rij.getRowNum() + 1, kolom == null ? null : kolom.label(), tekst);
    }

    public void waarschuwing(Rij rij, Kolom kolom, String tekst) {
        m.waarschuwing(blad, rij.getRowNum() + 1, kolom == null ? null : kolom.label(), tekst);
    }

    public static String nl(long n) {
        return NumberFormat.getIntegerInstance(NL).format(n);
    }

    private static Cel cel(Rij rij, Kolom kolom) {
        return kolom == null ? null : rij.getCell(kolom.index());
    }

    /** True when the cell is absent, blank, or holds only whitespace. */
    public static boolean isLeeg(Cel c) {
        if (c == null) return true;
        CellType t = c.getCellType();
        if (t == CellType.BLANK) return true;
        if (t == CellType.STRING) return c.getStringCellValue().isBlank();
        if (t == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING) return c.getStringCellValue().isBlank();
        return false;
    }

    /** True when every cell of the row is empty (rows that only carry formatting count as empty). */
    public static boolean isLeeg(Rij rij) {
        if (rij == null) return true;
        for (Cel c : rij) {
            if (!isLeeg(c)) return false;
        }
        return true;
    }

    // ---- numbers ---------------------------------------------------------------------------

    /** A whole, non-negative count no larger than {@link ExcelLimieten#MAX_AANTAL}. */
    public Long aantal(Rij rij, Kolom kolom) {
        return getal(rij, kolom, 0, ExcelLimieten.MAX_AANTAL);
    }

    /**
     * A whole number within [minimum, maximum]: a numeric cell, or text such as {@code 12} or
     * {@code 1.944} (Dutch thousands). A formula's cached value is used and flagged.
     */
    public Long getal(Rij rij, Kolom kolom, long minimum, long maximum) {
        Cel c = cel(rij, kolom);
        if (isLeeg(c)) return null;
        Long waarde;
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            CellType opgeslagen = c.getCachedFormulaResultType();
            String formule = formule(c);
            if (opgeslagen == CellType.NUMERIC) {
                waarde = uitGetal(rij, kolom, c);
                if (waarde != null) waarschuwing(rij, kolom, "formule gevonden (" + formule + "), opgeslagen waarde " + nl(waarde) + " gebruikt");
            } else if (opgeslagen == CellType.STRING) {
                waarde = uitTekst(rij, kolom, c.getStringCellValue());
                if (waarde != null) waarschuwing(rij, kolom, "formule gevonden (" + formule + "), opgeslagen waarde " + nl(waarde) + " gebruikt");
            } else if (opgeslagen == CellType.ERROR) {
                fout(rij, kolom, "formule (" + formule + ") met foutwaarde " + foutcode(c) + "; vul een getal in");
                return null;
            } else {
                fout(rij, kolom, "formule (" + formule + ") zonder bruikbare opgeslagen waarde; vul een getal in");
                return null;
            }
        } else if (type == CellType.NUMERIC) {
            waarde = uitGetal(rij, kolom, c);
        } else if (type == CellType.STRING) {
            waarde = uitTekst(rij, kolom, c.getStringCellValue());
        } else if (type == CellType.ERROR) {
            fout(rij, kolom, "foutwaarde " + foutcode(c) + " in plaats van een getal");
            return null;
        } else {
            fout(rij, kolom, "geen getal: " + type.name().toLowerCase(Locale.ROOT));
            return null;
        }
        if (waarde == null) return null;
        if (waarde < minimum) {
            fout(rij, kolom, waarde < 0 ? "negatief getal (" + nl(waarde) + ") is hier niet toegestaan"
                    : "getal " + nl(waarde) + " is kleiner dan " + nl(minimum));
            return null;
        }
        if (waarde > maximum) {
            fout(rij, kolom, "onwaarschijnlijk groot getal (" + nl(waarde) + "); maximaal " + nl(maximum) + " — controleer op een tikfout");
            return null;
        }
        return waarde;
    }

    private Long uitGetal(Rij rij, Kolom kolom, Cel c) {
        if (c.isDatumOpgemaakt()) {
            fout(rij, kolom, "bevat een datum, verwacht een aantal");
            return null;
        }
        double d = c.getNumericCellValue();
        if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > 1e15) {
            fout(rij, kolom, "geen bruikbaar getal");
            return null;
        }
        if (Math.abs(d - Math.rint(d)) > 1e-9) {
            fout(rij, kolom, "geen geheel getal (" + BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',') + ")");
            return null;
        }
        return (long) Math.rint(d);
    }

    private Long uitTekst(Rij rij, Kolom kolom, String tekst) {
        String t = tekst.strip().replace('\u00a0', ' ').replace('\u2212', '-').replace(" ", "");
        if (GEHEEL.matcher(t).matches() && t.length() <= 15) return Long.parseLong(t);
        if (DUIZENDTALLEN.matcher(t).matches() && t.length() <= 20) return Long.parseLong(t.replace(".", ""));
        fout(rij, kolom, "geen getal: '" + kort(tekst) + "'; verwacht een geheel getal zoals 12 of 1.944");
        return null;
    }

    // ---- dates -----------------------------------------------------------------------------

    /** An Excel date cell, or text {@code dd-mm-jjjj}, {@code d-m-jjjj} or {@code jjjj-mm-dd}. */
    public LocalDate datum(Rij rij, Kolom kolom) {
        Cel c = cel(rij, kolom);
        if (isLeeg(c)) return null;
        CellType type = c.getCellType();
        boolean formule = type == CellType.FORMULA;
        if (formule) type = c.getCachedFormulaResultType();
        LocalDate d = null;
        if (type == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            if (c.isDatumOpgemaakt() && DateUtil.isValidExcelDate(v)) {
                d = c.getLocalDateTimeCellValue().toLocalDate();
            } else if (DateUtil.isValidExcelDate(v) && v >= 32874 && v <= 73051) { // 1990..2100
                d = DateUtil.getLocalDateTime(v).toLocalDate();
                waarschuwing(rij, kolom, "getal " + BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                        + " gelezen als datum " + d + "; maak er een datumcel van");
            }
        } else if (type == CellType.STRING) {
            d = datumUitTekst(c.getStringCellValue());
        }
        if (d == null) {
            fout(rij, kolom, "geen geldige datum: '" + kort(tekstVan(c)) + "'; verwacht dd-mm-jjjj of jjjj-mm-dd");
            return null;
        }
        if (formule) waarschuwing(rij, kolom, "formule gevonden (" + formule(c) + "), opgeslagen waarde " + d + " gebruikt");
        return d;
    }

    /** Parses {@code dd-mm-jjjj}, {@code d-m-jjjj}, {@code jjjj-mm-dd} (also with / or .); null when invalid. */
    public static LocalDate datumUitTekst(String tekst) {
        String t = tekst.strip();
        try {
            Matcher a = DMJ.matcher(t);
            if (a.matches()) return LocalDate.of(Integer.parseInt(a.group(3)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(1)));
            Matcher b = JMD.matcher(t);
            if (b.matches()) return LocalDate.of(Integer.parseInt(b.group(1)), Integer.parseInt(b.group(2)), Integer.parseInt(b.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    // ---- text ------------------------------------------------------------------------------

    /**
     * Trimmed text; numbers are written without decimals where whole. Text that starts with
     * = + - @ is kept as text (it is data) and flagged.
     */
    public String tekst(Rij rij, Kolom kolom) {
        Cel c = cel(rij, kolom);
        if (isLeeg(c)) return null;
        if (c.getCellType() == CellType.ERROR || (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.ERROR)) {
            fout(rij, kolom, "foutwaarde " + foutcode(c) + " in plaats van tekst");
            return null;
        }
        String t = tekstVan(c).strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        if (c.getCellType() == CellType.FORMULA) {
            waarschuwing(rij, kolom, "formule gevonden (" + formule(c) + "), opgeslagen waarde '" + kort(t) + "' gebruikt");
        } else if (c.getCellType() == CellType.STRING && !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            waarschuwing(rij, kolom, "tekst die op een formule lijkt ('" + kort(t) + "'); bewaard als tekst, niet uitgevoerd");
        }
        if (t.length() > MAX_TEKST) {
            waarschuwing(rij, kolom, "tekst langer dan " + MAX_TEKST + " tekens; afgekapt");
            t = t.substring(0, MAX_TEKST);
        }
        return t.isEmpty() ? null : t;
    }

    /** A required text: FOUT when empty. */
    public String verplichteTekst(Rij rij, Kolom kolom) {
        String t = tekst(rij, kolom);
        if (t == null && isLeeg(cel(rij, kolom))) fout(rij, kolom, "is leeg; dit veld is verplicht");
        return t;
    }

    /** A coded value: one of the enum's labels ({@link Label#vanTekst}); FOUT listing the allowed values otherwise. */
    public <E extends Enum<E> & Label> E code(Class<E> type, Rij rij, Kolom kolom, boolean verplicht) {
        Cel c = cel(rij, kolom);
        if (isLeeg(c)) {
            if (verplicht) fout(rij, kolom, "is leeg; kies uit: " + toegestaan(type));
            return null;
        }
        String t = tekstVan(c).strip();
        Optional<E> e = Label.vanTekst(type, t);
        if (e.isEmpty()) {
            fout(rij, kolom, "onbekende waarde '" + kort(t) + "'; toegestaan: " + toegestaan(type));
            return null;
        }
        if (c.getCellType() == CellType.FORMULA) waarschuwing(rij, kolom, "formule gevonden (" + formule(c) + "), opgeslagen waarde gebruikt");
        return e.get();
    }

    public static <E extends Enum<E> & Label> String toegestaan(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Label::label).collect(Collectors.joining(", "));
    }

    /** The cell as text, whatever its type (formula: its cached value). Never null. */
    public static String tekstVan(Cel c) {
        if (c == null) return "";
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> c.isDatumOpgemaakt() && DateUtil.isValidExcelDate(c.getNumericCellValue())
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> c.getBooleanCellValue() ? "WAAR" : "ONWAAR";
            case ERROR -> foutcode(c);
            default -> "";
        };
    }

    private static String foutcode(Cel c) {
        try {
            return FormulaError.forInt(c.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#FOUT";
        }
    }

    private static String formule(Cel c) {
        try {
            return "=" + kort(c.getCellFormula());
        } catch (RuntimeException e) {
            return "=?";
        }
    }

    static String kort(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
