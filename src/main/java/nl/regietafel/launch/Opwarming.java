package nl.regietafel.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.PdfRenderer;
import nl.regietafel.report.Vooraf;
import nl.regietafel.report.xlsx.Werkboekpakket;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first PDF and the first workbook of a run pay the class initialisation and first
 * compilation of Flying Saucer, OpenPDF, POI and XMLBeans (the first document took 0,9 s, later
 * ones far less). While the main thread starts Spring, the other core makes the run's
 * {@link PdfRenderer}, its charts' fonts and its templates' configuration ({@link Vooraf}), sets
 * up Spring Batch's Flight Recorder events ({@link Batchgebeurtenissen}), and renders one tiny
 * PDF and one tiny workbook, in memory, and throws them away: no file, no console line. What it
 * warms is shared code, never state a document reads, so the documents stay byte for byte the
 * same; a failure here only costs the run that head start and is written to the log file.
 */
public final class Opwarming {

    /** Outside {@code nl.regietafel}: that logger also prints to the console. */
    private static final Logger LOG = LoggerFactory.getLogger("regietafel.opwarming");

    private static final String XHTML = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
            @page { size: A4; margin: 20mm 15mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th, td { border-bottom: 0.5pt solid #999; padding: 2pt 4pt; text-align: right; }
            th { background: #154273; color: white; }
            </style></head><body>
            <h1>Opwarmen</h1><p><b>Vet</b>, <i>schuin</i> en gewoon.</p>
            <table><thead><tr><th>Gemeente</th><th>Opgave</th></tr></thead>
            <tbody><tr><td>Almelo</td><td>1.944</td></tr><tr><td>Hengelo</td><td>1.724</td></tr></tbody></table>
            </body></html>""";

    private Opwarming() {
    }

    /**
     * Starts the warm-up on a thread of its own; call it once logging is set up.
     *
     * @param sjablonen the run's template folder: its configuration is made ahead when it is the
     *                  default one ({@link Vooraf#standaardmap}), which the bean then takes
     */
    public static void beginnen(Path sjablonen) {
        boolean standaard = Vooraf.standaardmap(sjablonen);
        Thread t = new Thread(() -> opwarmen(standaard), "regietafel-opwarming");
        t.setDaemon(true); // never keeps a finished run waiting
        t.start();
    }

    /** In the order the run needs them: its beans, the job's start, the first documents. */
    static void opwarmen(boolean sjablonen) {
        try {
            PdfRenderer renderer = Vooraf.PDF_RENDERER.maken();
            Vooraf.GRAFIEKEN.maken();
            if (sjablonen) Vooraf.SJABLONEN.maken();
            Batchgebeurtenissen.initialiseren();
            pdf(renderer);
            werkboek();
        } catch (RuntimeException | IOException | ClassNotFoundException | LinkageError e) {
            LOG.warn("Opwarmen overgeslagen (de run merkt er niets van): {}", e.toString(), e);
        }
    }

    static byte[] pdf(PdfRenderer renderer) {
        return renderer.render(XHTML, PdfEigenschappen.van("Opwarmen", null));
    }

    /** Styles, numbers, a formula evaluated and a native chart, as the tool's workbooks have them. */
    static byte[] werkboek() throws IOException {
        Werkboekpakket wb = new Werkboekpakket();
        try {
            XSSFFont vet = wb.createFont();
            vet.setBold(true);
            XSSFCellStyle kop = wb.createCellStyle();
            kop.setFont(vet);
            kop.setFillForegroundColor(new XSSFColor(new byte[] {0x15, 0x42, 0x73}, null));
            kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kop.setBorderBottom(BorderStyle.THIN);
            XSSFCellStyle geheel = wb.createCellStyle();
            geheel.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            XSSFSheet blad = wb.createSheet("Opwarmen");
            XSSFRow koprij = blad.createRow(0);
            koprij.createCell(0).setCellValue("Gemeente");
            koprij.createCell(1).setCellValue("Opgave");
            koprij.getCell(0).setCellStyle(kop);
            for (int i = 1; i <= 3; i++) {
                XSSFRow rij = blad.createRow(i);
                rij.createCell(0).setCellValue("Gemeente " + i);
                rij.createCell(1).setCellValue(100.0 * i);
                rij.getCell(1).setCellStyle(geheel);
            }
            blad.createRow(4).createCell(1).setCellFormula("SUM(B2:B4)");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            XSSFDrawing tekening = blad.createDrawingPatriarch();
            XSSFChart grafiek = tekening.createChart(tekening.createAnchor(0, 0, 0, 0, 3, 0, 9, 12));
            grafiek.setTitleText("Opwarmen");
            XDDFBarChartData data = (XDDFBarChartData) grafiek.createData(ChartTypes.BAR,
                    grafiek.createCategoryAxis(AxisPosition.BOTTOM), grafiek.createValueAxis(AxisPosition.LEFT));
            data.setBarDirection(BarDirection.COL);
            data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(blad, new CellRangeAddress(1, 3, 0, 0)),
                    XDDFDataSourcesFactory.fromNumericCellRange(blad, new CellRangeAddress(1, 3, 1, 1)));
            grafiek.plot(data);
            wb.getProperties().getCoreProperties().setTitle("Opwarmen");
            ByteArrayOutputStream uit = new ByteArrayOutputStream(16 * 1024);
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(uit)) {
                wb.schrijf(zip);
            }
            return uit.toByteArray();
        } finally {
            // as XlsxWerkboek.close: close() would zip the whole new package a second time, into memory, for nothing
            wb.getPackage().revert();
        }
    }
}
