package nl.regietafel.report.xlsx;

import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native chart on a sheet, as every workbook of the tool draws it: anchored at a cell, titled,
 * the legend below, categories along the bottom and whole numbers up the left.
 */
public record Bladgrafiek(XSSFChart chart, XDDFCategoryAxis categorieAs, XDDFValueAxis waardeAs) {

    /** A chart of {@code kolommen} × {@code rijen} cells with its top left at ({@code kolom}, {@code rij}). */
    public static Bladgrafiek nieuw(XSSFSheet blad, String titel, boolean legenda, int kolom, int rij, int kolommen, int rijen) {
        XSSFDrawing tekening = blad.getDrawingPatriarch() != null ? blad.getDrawingPatriarch() : blad.createDrawingPatriarch();
        XSSFClientAnchor anker = tekening.createAnchor(0, 0, 0, 0, kolom, rij, kolom + kolommen, rij + rijen);
        XSSFChart grafiek = tekening.createChart(anker);
        zonderEigenWerkboek(grafiek, blad);
        grafiek.setTitleText(titel);
        grafiek.setTitleOverlay(false);
        if (legenda) {
            grafiek.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categorieAs = grafiek.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis waardeAs = grafiek.createValueAxis(AxisPosition.LEFT);
        waardeAs.setCrosses(AxisCrosses.AUTO_ZERO);
        waardeAs.setCrossBetween(AxisCrossBetween.BETWEEN);
        waardeAs.setNumberFormat(XlsxWerkboek.Stijlen.GEHEEL);
        return new Bladgrafiek(grafiek, categorieAs, waardeAs);
    }

    /**
     * {@code plot} asks the chart for its embedded workbook, and a chart without one makes a new
     * empty {@code XSSFWorkbook} for it (a fifth of a chart's cost), although a chart in a
     * sheet saves only its own XML and reads its series from the sheet's cells. Pointing it at
     * the sheet's own workbook skips that; nothing of it is written. Never {@code clear()} such a
     * chart: that would remove the workbook's first sheet.
     */
    public static void zonderEigenWerkboek(XSSFChart grafiek, XSSFSheet blad) {
        grafiek.setWorkbook(blad.getWorkbook());
    }
}
