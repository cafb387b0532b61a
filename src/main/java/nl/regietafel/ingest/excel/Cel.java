package nl.regietafel.ingest.excel;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;

/**
 * One cell of a return as the readers see it: the part of POI's {@code Cell} they call, under
 * the same names and with the same answers (and the same exceptions), so that a cell read by the
 * streaming reader and one read by POI's usermodel give identical values and messages.
 */
public interface Cel {

    /** 0-based column. */
    int getColumnIndex();

    CellType getCellType();

    /** The type of a formula's cached value; throws for a cell without a formula. */
    CellType getCachedFormulaResultType();

    String getStringCellValue();

    double getNumericCellValue();

    boolean getBooleanCellValue();

    byte getErrorCellValue();

    String getCellFormula();

    LocalDateTime getLocalDateTimeCellValue();

    /** As {@code DateUtil.isCellDateFormatted(cell)}: a valid Excel date with a date number format. */
    boolean isDatumOpgemaakt();
}
