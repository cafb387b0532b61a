package nl.regietafel.report.xlsx;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** A {@link Blad} on POI's own sheet: for workbooks that are also filled through {@code poi()}. */
final class PoiBlad implements Bladdoel {

    /** The bars' colours in series order; a fourth series and later are grey. */
    static final byte[][] KLEUREN = {{0x15, 0x42, 0x73}, {(byte) 0x8F, (byte) 0xCA, (byte) 0xE7}, {(byte) 0xE1, 0x70, 0x00}};

    private final XSSFSheet blad;

    PoiBlad(XSSFSheet blad) {
        this.blad = blad;
    }

    @Override
    public String naam() {
        return blad.getSheetName();
    }

    @Override
    public void rij(int rij) {
        blad.createRow(rij);
    }

    private XSSFCell cel(int rij, int kolom) {
        XSSFRow r = blad.getRow(rij);
        XSSFCell c = r.getCell(kolom);
        return c != null ? c : r.createCell(kolom);
    }

    @Override
    public void tekst(int rij, int kolom, String tekst) {
        cel(rij, kolom).setCellValue(tekst);
    }

    @Override
    public void getal(int rij, int kolom, double waarde) {
        cel(rij, kolom).setCellValue(waarde);
    }

    @Override
    public void stijl(int rij, int kolom, XSSFCellStyle stijl) {
        cel(rij, kolom).setCellStyle(stijl);
    }

    @Override
    public void formule(int rij, int kolom, String formule) {
        cel(rij, kolom).setCellFormula(formule);
    }

    private XSSFCell bestaand(int rij, int kolom) {
        XSSFRow r = blad.getRow(rij);
        return r == null ? null : r.getCell(kolom);
    }

    @Override
    public String tekstVan(int rij, int kolom) {
        XSSFCell c = bestaand(rij, kolom);
        return c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue() : null;
    }

    @Override
    public OptionalDouble getalVan(int rij, int kolom) {
        XSSFCell c = bestaand(rij, kolom);
        return c != null && c.getCellType() == CellType.NUMERIC ? OptionalDouble.of(c.getNumericCellValue()) : OptionalDouble.empty();
    }

    /** The numeric cells of the range added in row order as doubles, text and empty cells left out, as POI's SUM. */
    @Override
    public OptionalDouble som(int kolom, int eerste, int laatste) {
        double som = 0;
        for (int r = eerste; r <= laatste; r++) {
            XSSFCell c = bestaand(r, kolom);
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

    @Override
    public boolean somOpslaan(int rij, int kolom, int eerste, int laatste) {
        OptionalDouble w = som(kolom, eerste, laatste);
        w.ifPresent(cel(rij, kolom)::setCellValue); // a formula cell keeps its formula and caches the number
        return w.isPresent();
    }

    /** The totals cell, for POI's evaluator. */
    XSSFCell formulecel(int rij, int kolom) {
        return bestaand(rij, kolom);
    }

    @Override
    public void bevries(int rijen) {
        blad.createFreezePane(0, rijen);
    }

    @Override
    public void filter(int eersteRij, int laatsteRij, int eersteKolom, int laatsteKolom) {
        blad.setAutoFilter(new CellRangeAddress(eersteRij, laatsteRij, eersteKolom, laatsteKolom));
    }

    @Override
    public void kolombreedte(int kolom, int breedte) {
        blad.setColumnWidth(kolom, breedte);
    }

    @Override
    public int kolombreedte(int kolom) {
        return blad.getColumnWidth(kolom);
    }

    @Override
    public void samenvoegen(int rij, int eersteKolom, int laatsteKolom) {
        blad.addMergedRegion(new CellRangeAddress(rij, rij, eersteKolom, laatsteKolom));
    }

    @Override
    public void rijhoogte(int rij, float punten) {
        blad.getRow(rij).setHeightInPoints(punten);
    }

    @Override
    public int laatsteRij() {
        return blad.getLastRowNum();
    }

    @Override
    public List<Anker> ankers() {
        List<Anker> ankers = new ArrayList<>();
        XSSFDrawing tekening = blad.getDrawingPatriarch();
        if (tekening != null) {
            for (XSSFShape vorm : tekening.getShapes()) {
                if (vorm.getAnchor() instanceof XSSFClientAnchor a) ankers.add(new Anker(a.getCol2(), a.getRow2()));
            }
        }
        return ankers;
    }

    @Override
    public void afdrukgebied(int laatsteKolom, int laatsteRij) {
        blad.getWorkbook().setPrintArea(blad.getWorkbook().getSheetIndex(blad), 0, laatsteKolom, 0, laatsteRij);
    }

    @Override
    public void kopHerhalen(int rij) {
        blad.setRepeatingRows(new CellRangeAddress(rij, rij, -1, -1));
    }

    @Override
    public void afdruk(boolean liggend) {
        PrintSetup afdruk = blad.getPrintSetup();
        afdruk.setPaperSize(PrintSetup.A4_PAPERSIZE);
        afdruk.setLandscape(liggend);
        afdruk.setFitWidth((short) 1);
        afdruk.setFitHeight((short) 0);
        blad.setFitToPage(true);
        blad.setHorizontallyCenter(false);
        blad.setMargin(Sheet.LeftMargin, Afdruk.ZIJMARGE);
        blad.setMargin(Sheet.RightMargin, Afdruk.ZIJMARGE);
        blad.setMargin(Sheet.TopMargin, Afdruk.KOPMARGE);
        blad.setMargin(Sheet.BottomMargin, Afdruk.KOPMARGE);
        blad.setMargin(Sheet.HeaderMargin, Afdruk.KOPTEKSTMARGE);
        blad.setMargin(Sheet.FooterMargin, Afdruk.KOPTEKSTMARGE);
        blad.getFooter().setLeft(Afdruk.VOET_LINKS);
        blad.getFooter().setRight(Afdruk.VOET_RECHTS);
    }

    @Override
    public void staafgrafiek(String titel, int links, int boven, int kolommen, int rijen, int kopRij, int eerste, int laatste,
                             int categorieKolom, int[] reeksKolommen, List<String> namen) {
        Bladgrafiek g = Bladgrafiek.nieuw(blad, titel, reeksKolommen.length > 1, links, boven, kolommen, rijen);
        XSSFChart grafiek = g.chart();
        XDDFDataSource<String> categorieen = XDDFDataSourcesFactory.fromStringCellRange(blad,
                new CellRangeAddress(eerste, laatste, categorieKolom, categorieKolom));
        XDDFBarChartData staven = (XDDFBarChartData) grafiek.createData(ChartTypes.BAR, g.categorieAs(), g.waardeAs());
        staven.setBarDirection(BarDirection.COL);
        staven.setBarGrouping(BarGrouping.CLUSTERED);
        staven.setVaryColors(false);
        for (int i = 0; i < reeksKolommen.length; i++) {
            int k = reeksKolommen[i];
            XDDFNumericalDataSource<Double> waarden = XDDFDataSourcesFactory.fromNumericCellRange(blad,
                    new CellRangeAddress(eerste, laatste, k, k));
            XDDFBarChartData.Series reeks = (XDDFBarChartData.Series) staven.addSeries(categorieen, waarden);
            reeks.setTitle(namen.get(i), new CellReference(blad.getSheetName(), kopRij, k, true, true));
            XDDFColor kleur = i < KLEUREN.length ? XDDFColor.from(KLEUREN[i]) : XDDFColor.from(PresetColor.GRAY);
            reeks.setFillProperties(new XDDFSolidFillProperties(kleur));
        }
        grafiek.plot(staven);
    }

    @Override
    public XSSFSheet poi() {
        return blad;
    }
}
