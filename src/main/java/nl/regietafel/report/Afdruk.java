package nl.regietafel.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints (issue 11): A4, landscape when the table is wide, one page wide, narrow
 * margins, the header row on every page, the sheet's name and page number in the footer. The
 * print area is the table and its charts: long title and note lines run past the last column on
 * screen, but they do not widen the printed page, which shrank the type of every wide sheet.
 */
final class Afdruk {

    /** Width in characters (Calibri 11) that prints at about 100 % across A4 portrait. */
    private static final int STAAND = 95;

    private Afdruk() {
    }

    /**
     * Note lines longer than the table is wide: merged across the table and wrapped, with a row
     * height for their lines, so that they print whole inside the print area.
     */
    static void notenOverBreedte(XSSFSheet blad, java.util.List<Integer> rijen, int kolommen, int tekens,
                                 org.apache.poi.xssf.usermodel.XSSFCellStyle gewikkeld) {
        if (kolommen < 2) return;
        for (int r : rijen) {
            var rij = blad.getRow(r);
            if (rij == null || rij.getCell(0) == null) continue;
            int lengte = rij.getCell(0).getStringCellValue().length();
            // the note font is smaller than the columns' Calibri 11: about 1,2 of its characters per column character
            int regels = (int) Math.ceil(lengte / (tekens * 1.2));
            if (regels <= 1) continue;
            blad.addMergedRegion(new CellRangeAddress(r, r, 0, kolommen - 1));
            rij.getCell(0).setCellStyle(gewikkeld);
            rij.setHeightInPoints(Math.min(409, regels * 12.5f + 2));
        }
    }

    /** The header row as high as its longest wrapped header: not every viewer sizes a wrapped row itself. */
    private static void kopHoogte(XSSFSheet blad, int kopRij, int kolommen) {
        var rij = blad.getRow(kopRij);
        if (rij == null) return;
        int regels = 1;
        for (int k = 0; k < kolommen; k++) {
            var cel = rij.getCell(k);
            if (cel == null) continue;
            // bold header type is a little wider than the column's character unit
            double perRegel = Math.max(1, blad.getColumnWidth(k) / 256.0 - 1) / 1.1;
            regels = Math.max(regels, (int) Math.ceil(cel.getStringCellValue().length() / perRegel));
        }
        rij.setHeightInPoints(Math.min(4, regels) * 14.5f + 2);
    }

    static void instellen(XSSFSheet blad, int kopRij, int kolommen, int tekens) {
        if (kolommen > 0) { // a sheet of text lines only keeps the width its lines take
            int laatsteKolom = kolommen - 1;
            int laatsteRij = Math.max(0, blad.getLastRowNum());
            XSSFDrawing tekening = blad.getDrawingPatriarch();
            if (tekening != null) {
                for (XSSFShape vorm : tekening.getShapes()) {
                    if (vorm.getAnchor() instanceof XSSFClientAnchor a) {
                        tekens += Math.max(0, a.getCol2() - laatsteKolom) * 9; // a chart beside the table
                        laatsteKolom = Math.max(laatsteKolom, a.getCol2());
                        laatsteRij = Math.max(laatsteRij, a.getRow2());
                    }
                }
            }
            blad.getWorkbook().setPrintArea(blad.getWorkbook().getSheetIndex(blad), 0, laatsteKolom, 0, laatsteRij);
        }
        if (kopRij >= 0) {
            blad.setRepeatingRows(new CellRangeAddress(kopRij, kopRij, -1, -1));
            kopHoogte(blad, kopRij, kolommen);
        }
        PrintSetup afdruk = blad.getPrintSetup();
        afdruk.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // A wide table prints landscape rather than shrunk to an unreadable size.
        afdruk.setLandscape(tekens > STAAND);
        afdruk.setFitWidth((short) 1);
        afdruk.setFitHeight((short) 0);
        blad.setFitToPage(true);
        blad.setHorizontallyCenter(false);
        blad.setMargin(Sheet.LeftMargin, 0.4);
        blad.setMargin(Sheet.RightMargin, 0.4);
        blad.setMargin(Sheet.TopMargin, 0.6);
        blad.setMargin(Sheet.BottomMargin, 0.6);
        blad.setMargin(Sheet.HeaderMargin, 0.3);
        blad.setMargin(Sheet.FooterMargin, 0.3);
        blad.getFooter().setLeft("&A");
        blad.getFooter().setRight("pagina &P van &N");
    }
}
