package nl.regietafel.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.OptionalDouble;

/**
 * A totals cell {@code =SUM(X<eerste>:X<laatste>)} over one column of its own sheet, and its
 * cached value worked out the way POI's {@code SUM} does: the numeric cells of the range added
 * in row order as doubles (text and empty cells left out). Working it out here spares every
 * workbook of plain totals the formula evaluator (its start and its code).
 */
record Som(XSSFCell cel, int eerste, int laatste) {

    /** The sum, or empty when a cell of the range is one that POI's evaluator must judge (an error or a formula). */
    OptionalDouble waarde() {
        XSSFSheet blad = cel.getSheet();
        int kolom = cel.getColumnIndex();
        double som = 0;
        for (int r = eerste; r <= laatste; r++) {
            XSSFRow rij = blad.getRow(r);
            XSSFCell c = rij == null ? null : rij.getCell(kolom);
            if (c == null) continue;
            CellType soort = c.getCellType();
            if (soort == CellType.NUMERIC) {
                som += c.getNumericCellValue();
            } else if (soort != CellType.STRING && soort != CellType.BLANK) {
                return OptionalDouble.empty();
            }
        }
        return Double.isFinite(som) ? OptionalDouble.of(som) : OptionalDouble.empty();
    }

    /** Stores the sum as the cell's cached value; false when POI's evaluator must do it. */
    boolean uitrekenen() {
        OptionalDouble w = waarde();
        w.ifPresent(cel::setCellValue); // a formula cell keeps its formula and caches the number
        return w.isPresent();
    }
}
