package nl.regietafel.ingest.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What the cells of a workbook share: its shared strings, its cell styles (for "is this number
 * a date?") and its date system. POI's own tables, so that text and date formats are read by
 * the same code as in the usermodel.
 */
final class Stijlen {

    private final SharedStringsTable teksten;
    private final StylesTable stijlen;
    private final boolean datum1904;
    private final Map<Integer, Boolean> datumPerStijl = new HashMap<>();

    Stijlen(SharedStringsTable teksten, StylesTable stijlen, boolean datum1904) {
        this.teksten = teksten;
        this.stijlen = stijlen;
        this.datum1904 = datum1904;
    }

    boolean datum1904() {
        return datum1904;
    }

    /** The shared string that {@code v} points at; "" when it points nowhere, as XSSFCell does. */
    String gedeeldeTekst(String v) {
        if (v == null) return "";
        try {
            return teksten.getItemAt(Integer.parseInt(v)).getString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Whether a cell with style {@code stijl} (-1: none) in a column with default style
     * {@code kolomstijl} (-1: none) has a date format: its own style when it has a valid one,
     * else the column's, else style 0 (XSSFCell.getCellStyle since POI 5.2.3).
     */
    boolean isDatum(int stijl, int kolomstijl) {
        int aantal = stijlen.getNumCellStyles();
        int effectief = aantal > 0 && stijl >= 0 && stijl < aantal ? stijl : (short) (kolomstijl == -1 ? 0 : kolomstijl);
        return datumPerStijl.computeIfAbsent(effectief, i -> {
            XSSFCellStyle s = stijlen.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }
}
