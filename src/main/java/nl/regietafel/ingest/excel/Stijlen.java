package nl.regietafel.ingest.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cells of a workbook share: its shared strings ({@link GedeeldeTeksten}), its cell
 * styles' number formats ({@link Celopmaak}) and its date system.
 */
final class Stijlen {

    private final List<String> teksten;
    private final Celopmaak stijlen;
    private final boolean datum1904;
    private final Map<Integer, Boolean> datumPerStijl = new HashMap<>();

    Stijlen(List<String> teksten, Celopmaak stijlen, boolean datum1904) {
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
            return teksten.get(Integer.parseInt(v));
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
        int aantal = stijlen.aantal();
        int effectief = aantal > 0 && stijl >= 0 && stijl < aantal ? stijl : (short) (kolomstijl == -1 ? 0 : kolomstijl);
        if (effectief < 0 || effectief >= aantal) return false; // StylesTable.getStyleAt gives no style: no date
        return datumPerStijl.computeIfAbsent(effectief, stijlen::isDatum);
    }
}
