package nl.regietafel.report.xlsx;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class BladgrafiekTest {

    @Test
    void aChartPointedAtTheSheetsOwnWorkbookIsTheSameChart() throws IOException {
        String eigen = grafiek(true);
        String zonder = grafiek(false);

        assertThat(eigen).isEqualTo(zonder).contains("'Per gemeente'!$A$2:$A$4<").contains(">182.0<", ">Enschede<");
    }

    @Test
    void theSavedWorkbookHoldsOneChartAndNoEmbeddedWorkbookAndItsSheetsStayPut() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet blad = tabel(wb);
            wb.createSheet("Tweede");
            staven(blad, true);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            wb.write(uit);

            try (XSSFWorkbook terug = new XSSFWorkbook(new ByteArrayInputStream(uit.toByteArray()))) {
                assertThat(terug.getNumberOfSheets()).isEqualTo(2);
                assertThat(terug.getSheetAt(0).getSheetName()).isEqualTo("Per gemeente");
                assertThat(terug.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(1);
                assertThat(terug.getPackage().getParts()).extracting(PackagePart::getPartName).map(Object::toString)
                        .noneMatch(naam -> naam.contains("embeddings"));
            }
        }
    }

    /** The chart's XML, drawn with or without pointing it at the sheet's workbook first. */
    private static String grafiek(boolean eigenWerkboek) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            return staven(tabel(wb), eigenWerkboek).getCTChartSpace().xmlText();
        }
    }

    private static XSSFSheet tabel(XSSFWorkbook wb) {
        XSSFSheet blad = wb.createSheet("Per gemeente");
        Object[][] rijen = {{"Gemeente", "Opgave"}, {"Almelo", 182}, {"Hengelo", 211}, {"Enschede", 402}};
        for (int r = 0; r < rijen.length; r++) {
            XSSFRow rij = blad.createRow(r);
            rij.createCell(0).setCellValue((String) rijen[r][0]);
            if (rijen[r][1] instanceof Integer n) rij.createCell(1).setCellValue(n);
            else rij.createCell(1).setCellValue((String) rijen[r][1]);
        }
        return blad;
    }

    private static XSSFChart staven(XSSFSheet blad, boolean eigenWerkboek) {
        var tekening = blad.createDrawingPatriarch();
        XSSFChart grafiek = tekening.createChart(tekening.createAnchor(0, 0, 0, 0, 3, 0, 10, 15));
        if (eigenWerkboek) Bladgrafiek.zonderEigenWerkboek(grafiek, blad);
        XDDFBarChartData staven = (XDDFBarChartData) grafiek.createData(ChartTypes.BAR,
                grafiek.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM),
                grafiek.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT));
        staven.addSeries(XDDFDataSourcesFactory.fromStringCellRange(blad, new CellRangeAddress(1, 3, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(blad, new CellRangeAddress(1, 3, 1, 1)));
        grafiek.plot(staven);
        return grafiek;
    }
}
