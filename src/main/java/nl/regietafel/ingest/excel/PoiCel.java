package nl.regietafel.ingest.excel;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/** A cell read by POI's usermodel, for the files the streaming reader leaves to it (shared or array formulas, unusual XML). */
record PoiCel(Cell cel) implements Cel {

    @Override
    public int getColumnIndex() {
        return cel.getColumnIndex();
    }

    @Override
    public CellType getCellType() {
        return cel.getCellType();
    }

    @Override
    public CellType getCachedFormulaResultType() {
        return cel.getCachedFormulaResultType();
    }

    @Override
    public String getStringCellValue() {
        return cel.getStringCellValue();
    }

    @Override
    public double getNumericCellValue() {
        return cel.getNumericCellValue();
    }

    @Override
    public boolean getBooleanCellValue() {
        return cel.getBooleanCellValue();
    }

    @Override
    public byte getErrorCellValue() {
        return cel.getErrorCellValue();
    }

    @Override
    public String getCellFormula() {
        return cel.getCellFormula();
    }

    @Override
    public LocalDateTime getLocalDateTimeCellValue() {
        return cel.getLocalDateTimeCellValue();
    }

    @Override
    public boolean isDatumOpgemaakt() {
        return DateUtil.isCellDateFormatted(cel);
    }
}
