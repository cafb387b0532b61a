package nl.regietafel.ingest.excel;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell from the streaming reader, kept as the sheet XML wrote it ({@code t}, {@code v}, the
 * formula, the resolved text) and answered by the rules of POI's {@code XSSFCell}, exceptions
 * included, so that the readers see what they saw through the usermodel.
 */
final class RuweCel implements Cel {

    private final int kolom;
    /** The {@code t} attribute: n, s, str, inlineStr, b or e. */
    private final String t;
    /** The text of {@code <v>}; null when absent. */
    private final String v;
    /** The cell's text for a string type (shared string, inline string or cached formula text). */
    private final String tekst;
    /** The text of {@code <f>}; null for a cell without a formula. */
    private final String formule;
    private final boolean datumformaat;
    private final boolean datum1904;

    RuweCel(int kolom, String t, String v, String tekst, String formule, boolean datumformaat, boolean datum1904) {
        this.kolom = kolom;
        this.t = t;
        this.v = v;
        this.tekst = tekst;
        this.formule = formule;
        this.datumformaat = datumformaat;
        this.datum1904 = datum1904;
    }

    @Override
    public int getColumnIndex() {
        return kolom;
    }

    private boolean isFormule() {
        return formule != null;
    }

    private CellType basistype(boolean leegAlsBlanco) {
        return switch (t) {
            case "b" -> CellType.BOOLEAN;
            case "n" -> v == null && leegAlsBlanco ? CellType.BLANK : CellType.NUMERIC;
            case "e" -> CellType.ERROR;
            default -> CellType.STRING; // s, inlineStr, str: the only others the reader accepts
        };
    }

    @Override
    public CellType getCellType() {
        return isFormule() ? CellType.FORMULA : basistype(true);
    }

    @Override
    public CellType getCachedFormulaResultType() {
        if (!isFormule()) throw new IllegalStateException("Only formula cells have cached results");
        return basistype(false);
    }

    @Override
    public String getStringCellValue() {
        CellType type = getCellType();
        switch (type) {
            case BLANK:
                return "";
            case STRING:
                return tekst;
            case FORMULA:
                CellType opgeslagen = basistype(false);
                if (opgeslagen != CellType.STRING) throw typefout(CellType.STRING, opgeslagen, true);
                return tekst;
            default:
                throw typefout(CellType.STRING, type, false);
        }
    }

    @Override
    public double getNumericCellValue() {
        CellType type = isFormule() ? basistype(false) : getCellType();
        switch (type) {
            case BLANK:
                return 0.0;
            case NUMERIC:
                if (v == null || v.isEmpty()) return 0.0;
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw typefout(CellType.NUMERIC, CellType.STRING, false);
                }
            default:
                throw typefout(CellType.NUMERIC, type, false);
        }
    }

    @Override
    public boolean getBooleanCellValue() {
        CellType type = getCellType();
        return switch (type) {
            case BLANK -> false;
            case BOOLEAN, FORMULA -> "1".equals(v);
            default -> throw typefout(CellType.BOOLEAN, type, false);
        };
    }

    @Override
    public byte getErrorCellValue() {
        CellType type = basistype(true);
        if (type != CellType.ERROR) throw typefout(CellType.ERROR, type, false);
        if (v == null) return 0;
        try {
            return FormulaError.forString(v).getCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unexpected error code", e);
        }
    }

    @Override
    public String getCellFormula() {
        CellType type = getCellType();
        if (type != CellType.FORMULA) throw typefout(CellType.FORMULA, type, false);
        return formule;
    }

    @Override
    public LocalDateTime getLocalDateTimeCellValue() {
        if (getCellType() == CellType.BLANK) return null;
        return DateUtil.getLocalDateTime(getNumericCellValue(), datum1904);
    }

    @Override
    public boolean isDatumOpgemaakt() {
        return DateUtil.isValidExcelDate(getNumericCellValue()) && datumformaat;
    }

    /** POI's own wording, so that a message that quotes it stays the same. */
    private static IllegalStateException typefout(CellType verwacht, CellType gevonden, boolean formulecel) {
        return new IllegalStateException("Cannot get a " + verwacht + " value from a " + gevonden + " "
                + (formulecel ? "formula " : "") + "cell");
    }
}
