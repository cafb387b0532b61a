package nl.regietafel.report.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class WerkboekpakketTest {

    /** A 1×1 PNG: a picture part, whose extension gets a default content type instead of an override. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void aWorkbookWithChartPictureAndLinksIsZippedAsPoiZipsIt() throws IOException {
        // two of the same workbook: a sheet's commit is not idempotent (each one numbers its hyperlinks anew)
        Map<String, byte[]> eigen = items(eigen(volledig()));
        Map<String, byte[]> poi = items(poi(volledig()));

        assertThat(eigen.keySet()).containsExactlyElementsOf(poi.keySet())
                .contains("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/media/image1.png",
                        "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/sheet11.xml");
        poi.forEach((naam, inhoud) -> assertThat(tekst(eigen.get(naam))).as(naam).isEqualTo(tekst(inhoud)));
        assertThat(new String(eigen.get("docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2022-12-02T00:00:00Z</dcterms:modified>", "é€");
        assertThat(tekst(eigen.get("[Content_Types].xml"))).contains("<Default ContentType=\"image/png\" Extension=\"png\"/>");
        assertThat(tekst(eigen.get("xl/worksheets/_rels/sheet1.xml.rels"))).contains("opvang&amp;soort=", "TargetMode=\"External\"");
    }

    /** Eleven sheets (sheet10 sorts before sheet2 as text), a link, a chart and a picture, its title with characters to escape. */
    private static Werkboekpakket volledig() {
        Werkboekpakket wb = new Werkboekpakket();
        XSSFSheet blad = wb.createSheet("Gemeenten");
        blad.createRow(0).createCell(0).setCellValue("Gemeente");
        blad.getRow(0).createCell(1).setCellValue("Opgave");
        for (int i = 1; i <= 3; i++) {
            blad.createRow(i).createCell(0).setCellValue("Gemeente " + i);
            blad.getRow(i).createCell(1).setCellValue(100.0 * i);
        }
        XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress("https://www.coa.nl/nl/zoeken?q=opvang&soort=locatie");
        blad.getRow(1).getCell(0).setHyperlink(link);
        XSSFDrawing tekening = blad.createDrawingPatriarch();
        XSSFChart grafiek = tekening.createChart(tekening.createAnchor(0, 0, 0, 0, 3, 0, 9, 12));
        XDDFBarChartData data = (XDDFBarChartData) grafiek.createData(ChartTypes.BAR,
                grafiek.createCategoryAxis(AxisPosition.BOTTOM), grafiek.createValueAxis(AxisPosition.LEFT));
        data.setBarDirection(BarDirection.COL);
        data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(blad, new CellRangeAddress(1, 3, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(blad, new CellRangeAddress(1, 3, 1, 1)));
        grafiek.plot(data);
        int plaatje = wb.addPicture(PNG, Workbook.PICTURE_TYPE_PNG);
        tekening.createPicture(tekening.createAnchor(0, 0, 0, 0, 10, 0, 12, 4), plaatje);
        for (int i = 2; i <= 11; i++) wb.createSheet("Blad " + i).createRow(0).createCell(0).setCellValue(i);
        var kern = wb.getProperties().getCoreProperties();
        kern.setTitle("Factsheet <Almelo> & \"Twente\" > 'regio'");
        kern.setCreator("Regietafel Twente");
        kern.setCreated(Optional.of(new Date(1_669_852_800_000L)));
        kern.setDescription("regel één\r\nregel twee\ttab \u0085 \u2028 \u00e9\u20ac \ud83d\ude00");
        kern.setKeywords("factsheet, GM0141, Almelo");
        kern.setSubjectProperty("");
        kern.setCategory("Maandpakket");
        kern.setLastModifiedByUser("kernteam");
        kern.setRevision("3");
        kern.setModified(Optional.of(new Date(1_669_939_200_000L)));
        kern.getUnderlyingProperties().setLastPrintedProperty(Optional.of(new Date(1_669_939_200_000L)));
        kern.getUnderlyingProperties().setVersionProperty("1.0");
        kern.getUnderlyingProperties().setLanguageProperty("nl-NL");
        kern.getUnderlyingProperties().setIdentifierProperty("regietafel-2022-12");
        kern.getUnderlyingProperties().setContentStatusProperty("definitief");
        kern.getUnderlyingProperties().setContentTypeProperty("factsheet");
        return wb;
    }

    @Test
    void aWorkbookWithoutTextIsZippedAsPoiZipsIt() throws IOException {
        Map<String, byte[]> eigen = items(eigen(getallen()));
        Map<String, byte[]> poi = items(poi(getallen()));

        assertThat(eigen.keySet()).containsExactlyElementsOf(poi.keySet());
        poi.forEach((naam, inhoud) -> assertThat(tekst(eigen.get(naam))).as(naam).isEqualTo(tekst(inhoud)));
    }

    @Test
    void whatItWritesOpensAsTheSameWorkbook() throws IOException {
        Werkboekpakket wb = getallen();
        wb.getSheet("Getallen").getRow(0).createCell(1).setCellValue("Almelo");

        try (XSSFWorkbook terug = new XSSFWorkbook(new ByteArrayInputStream(eigen(wb)))) {
            assertThat(terug.getSheet("Getallen").getRow(0).getCell(0).getNumericCellValue()).isEqualTo(1944.0);
            assertThat(terug.getSheet("Getallen").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Almelo");
            assertThat(terug.getProperties().getCoreProperties().getCreated()).isEqualTo(new Date(1_669_852_800_000L));
        }
    }

    private static Werkboekpakket getallen() {
        Werkboekpakket wb = new Werkboekpakket();
        wb.createSheet("Getallen").createRow(0).createCell(0).setCellValue(1944);
        wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1_669_852_800_000L)));
        return wb;
    }

    @Test
    void attributeValuesAreEscapedAsXmlRequires() {
        assertThat(Werkboekpakket.attribuut("a&b<c>\"d\"\te\nf\rg")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&quot;&#9;e&#10;f&#13;g");
        assertThat(Werkboekpakket.ontsnapt("a&b<c>\"d\"\te\nf\rg", false)).isEqualTo("a&amp;b&lt;c&gt;\"d\"\te\nf&#13;g");
        assertThat(Werkboekpakket.attribuut("worksheets/sheet1.xml")).isEqualTo("worksheets/sheet1.xml");
    }

    private static byte[] eigen(Werkboekpakket wb) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(uit)) {
            wb.schrijf(zip);
        } finally {
            wb.getPackage().revert();
        }
        return uit.toByteArray();
    }

    private static byte[] poi(Werkboekpakket wb) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            wb.write(uit);
        } finally {
            wb.getPackage().revert();
        }
        return uit.toByteArray();
    }

    /** Byte for byte, shown as text when it differs. */
    private static String tekst(byte[] inhoud) {
        return new String(inhoud, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static Map<String, byte[]> items(byte[] zip) throws IOException {
        Map<String, byte[]> items = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) items.put(e.getName(), in.readAllBytes());
        }
        return items;
    }
}
