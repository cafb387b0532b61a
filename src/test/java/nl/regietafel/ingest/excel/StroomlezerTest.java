package nl.regietafel.ingest.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming reader gives every cell the same answers as POI's usermodel, and leaves to it what it does not read itself. */
class StroomlezerTest {

    @TempDir
    Path map;

    private static Cel cel(VeiligeWerkmap wm, String blad, int rij, int kolom) {
        return wm.blad(blad).orElseThrow().getRow(rij).getCell(kolom);
    }

    private VeiligeWerkmap open(Path p) {
        Meldingenlijst m = new Meldingenlijst(p.getFileName().toString());
        return VeiligeWerkmap.open(p, m).orElseThrow(() -> new AssertionError(m.alle()));
    }

    @Test
    void elke_retour_en_landelijke_bron_in_input_leest_gestroomd_hetzelfde_als_via_het_usermodel() throws IOException {
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(Path.of("input"))) {
            bestanden = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(bestanden).hasSizeGreaterThan(100);
        for (Path p : bestanden) {
            try (VeiligeWerkmap wm = open(p)) {
                assertThat(wm.gestroomd()).as(p.toString()).isTrue();
                assertThat(Celbeschrijving.van(wm)).as(p.toString()).isEqualTo(Celbeschrijving.van(p, false));
            }
        }
    }

    @Test
    void soorten_cellen_datums_en_formules_met_opgeslagen_waarde() throws IOException {
        Path p = map.resolve("soorten.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream uit = Files.newOutputStream(p)) {
            XSSFCellStyle datum = wb.createCellStyle();
            datum.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            XSSFCellStyle ingebouwd = wb.createCellStyle();
            ingebouwd.setDataFormat((short) 14);
            XSSFSheet s = wb.createSheet("Soorten");
            wb.createSheet("Verborgen");
            wb.setSheetHidden(1, true);
            s.setDefaultColumnStyle(5, datum);
            XSSFRow r = s.createRow(0);
            r.createCell(0).setCellValue("tekst");
            XSSFRichTextString rijk = new XSSFRichTextString("vet en gewoon");
            rijk.applyFont(0, 3, wb.createFont());
            r.createCell(1).setCellValue(rijk);
            r.createCell(2).setCellValue(12.5);
            r.createCell(3).setCellValue(true);
            r.createCell(4).setCellErrorValue(FormulaError.DIV0);
            r.createCell(5).setCellValue(44931); // no style of its own: the column's date style applies
            XSSFCell d = r.createCell(6);
            d.setCellValue(44931);
            d.setCellStyle(datum);
            XSSFCell i = r.createCell(7);
            i.setCellValue(45000);
            i.setCellStyle(ingebouwd);
            r.createCell(8).setCellStyle(datum); // blank, with a style
            XSSFRow f = s.createRow(3);
            f.createCell(0).setCellFormula("1+1");
            f.getCell(0).setCellValue(2);
            f.createCell(1).setCellFormula("\"a\"&\"b\"");
            f.getCell(1).setCellValue("ab");
            f.createCell(2).setCellFormula("1/0");
            f.getCell(2).setCellErrorValue(FormulaError.DIV0);
            f.createCell(3).setCellFormula("1=1");
            f.getCell(3).setCellValue(true);
            wb.write(uit);
        }
        try (VeiligeWerkmap wm = open(p)) {
            assertThat(wm.gestroomd()).isTrue();
            assertThat(wm.bladnamen()).containsExactly("Soorten", "Verborgen");
            assertThat(cel(wm, "Soorten", 0, 0).getStringCellValue()).isEqualTo("tekst");
            assertThat(cel(wm, "Soorten", 0, 1).getStringCellValue()).isEqualTo("vet en gewoon");
            assertThat(cel(wm, "Soorten", 0, 2).getNumericCellValue()).isEqualTo(12.5);
            assertThat(cel(wm, "Soorten", 0, 2).isDatumOpgemaakt()).isFalse();
            assertThat(cel(wm, "Soorten", 0, 3).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(cel(wm, "Soorten", 0, 3).getBooleanCellValue()).isTrue();
            assertThat(cel(wm, "Soorten", 0, 4).getErrorCellValue()).isEqualTo(FormulaError.DIV0.getCode());
            assertThat(cel(wm, "Soorten", 0, 5).isDatumOpgemaakt()).isTrue();
            assertThat(cel(wm, "Soorten", 0, 6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2023, 1, 5, 0, 0));
            assertThat(cel(wm, "Soorten", 0, 7).isDatumOpgemaakt()).isTrue();
            assertThat(cel(wm, "Soorten", 0, 8).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cel(wm, "Soorten", 3, 0).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(cel(wm, "Soorten", 3, 0).getCellFormula()).isEqualTo("1+1");
            assertThat(cel(wm, "Soorten", 3, 0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(cel(wm, "Soorten", 3, 1).getStringCellValue()).isEqualTo("ab");
            assertThat(cel(wm, "Soorten", 3, 2).getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
            assertThat(cel(wm, "Soorten", 3, 3).getBooleanCellValue()).isTrue();
            assertThat(wm.blad("Soorten").orElseThrow().getRow(1)).isNull();
            assertThat(wm.blad("Verborgen").orElseThrow().getLastRowNum()).isEqualTo(-1);
            assertThat(Celbeschrijving.van(wm)).isEqualTo(Celbeschrijving.van(p, false));
        }
    }

    @Test
    void inline_tekst_zoals_de_streaming_schrijver_van_poi_die_maakt() throws IOException {
        Path p = map.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream uit = Files.newOutputStream(p)) {
            var r = wb.createSheet("Inline").createRow(0);
            r.createCell(0).setCellValue("Enschede");
            r.createCell(1).setCellValue("  met spaties  ");
            r.createCell(2).setCellValue(7);
            wb.write(uit);
        }
        assertThat(new String(deel(p, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)).contains("inlineStr");
        try (VeiligeWerkmap wm = open(p)) {
            assertThat(wm.gestroomd()).isTrue();
            assertThat(cel(wm, "Inline", 0, 0).getStringCellValue()).isEqualTo("Enschede");
            assertThat(cel(wm, "Inline", 0, 1).getStringCellValue()).isEqualTo("  met spaties  ");
            assertThat(Celbeschrijving.van(wm)).isEqualTo(Celbeschrijving.van(p, false));
        }
    }

    @Test
    void inline_runs_escapes_datum1904_en_formule_tekst_uit_de_xml_zelf() throws IOException {
        Path p = metBlad("runs.xlsx", "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Hen</t></r><r><rPr><b/></rPr><t>gelo</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>a_x000D_b</t></is></c>"
                + "<c r=\"C2\" s=\"1\"><v>1</v></c><c r=\"D2\" t=\"str\"><f>A2&amp;\"!\"</f><v>Hengelo!</v></c>"
                + "<c r=\"E2\" t=\"s\"><f>B9</f><v>0</v></c><c r=\"F2\" t=\"e\"><v>#N/A</v></c><c r=\"G2\"><v>abc</v></c>"
                + "<c r=\"H2\" t=\"inlineStr\"><is/></c><c r=\"I2\" t=\"inlineStr\"><is><r><rPr/></r><r><t>y</t></r></is></c></row>", true);
        try (VeiligeWerkmap wm = open(p)) {
            assertThat(wm.gestroomd()).isTrue();
            assertThat(cel(wm, "Blad", 1, 0).getStringCellValue()).isEqualTo("Hengelo");
            assertThat(cel(wm, "Blad", 1, 1).getStringCellValue()).isEqualTo("a\rb");
            assertThat(cel(wm, "Blad", 1, 2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(1904, 1, 2, 0, 0));
            assertThat(cel(wm, "Blad", 1, 3).getCellFormula()).isEqualTo("A2&\"!\"");
            assertThat(cel(wm, "Blad", 1, 5).getErrorCellValue()).isEqualTo(FormulaError.NA.getCode());
            assertThat(cel(wm, "Blad", 1, 7).getStringCellValue()).isNull();
            assertThat(cel(wm, "Blad", 1, 8).getStringCellValue()).isEqualTo("nully");
            assertThat(Celbeschrijving.van(cel(wm, "Blad", 1, 6))).contains("IllegalStateException: Cannot get a NUMERIC value from a STRING cell");
            assertThat(Celbeschrijving.van(wm)).isEqualTo(Celbeschrijving.van(p, false));
        }
    }

    @Test
    void gedeelde_formules_en_rijen_zonder_nummer_laat_hij_aan_het_usermodel() throws IOException {
        Map<String, String> bladen = Map.of(
                "gedeeld.xlsx", "<row r=\"1\"><c r=\"A1\"><v>2</v></c><c r=\"B1\"><f t=\"shared\" ref=\"B1:B2\" si=\"0\">A1*2</f><v>4</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>3</v></c><c r=\"B2\"><f t=\"shared\" si=\"0\"/><v>6</v></c></row>",
                "zondernummer.xlsx", "<row><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row><row><c><v>5</v></c></row>");
        for (Map.Entry<String, String> b : bladen.entrySet()) {
            Path p = metBlad(b.getKey(), b.getValue(), false);
            try (VeiligeWerkmap wm = open(p)) {
                assertThat(wm.gestroomd()).as(b.getKey()).isFalse();
                assertThat(Celbeschrijving.van(wm)).isEqualTo(Celbeschrijving.van(p, false));
            }
        }
        try (VeiligeWerkmap wm = open(map.resolve("gedeeld.xlsx"))) {
            assertThat(cel(wm, "Blad", 1, 1).getCellFormula()).isEqualTo("A2*2");
        }
        try (VeiligeWerkmap wm = open(map.resolve("zondernummer.xlsx"))) {
            assertThat(cel(wm, "Blad", 1, 0).getNumericCellValue()).isEqualTo(5.0);
        }
    }

    /** A workbook made by POI (one sheet "Blad", a date style 1) whose sheet data is {@code rijen}. */
    private Path metBlad(String naam, String rijen, boolean datum1904) throws IOException {
        Path bron = map.resolve("bron-" + naam);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream uit = Files.newOutputStream(bron)) {
            XSSFCellStyle datum = wb.createCellStyle();
            datum.setDataFormat((short) 14);
            wb.createSheet("Blad").createRow(0).createCell(0).setCellStyle(datum);
            var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
            pr.setDate1904(datum1904);
            wb.write(uit);
        }
        Path p = map.resolve(naam);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(bron)); ZipOutputStream uit = new ZipOutputStream(Files.newOutputStream(p))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] inhoud = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    inhoud = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData>" + rijen + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
                }
                uit.putNextEntry(new ZipEntry(e.getName()));
                uit.write(inhoud);
            }
        }
        return p;
    }

    private static byte[] deel(Path p, String naam) throws IOException {
        try (ZipFile zip = new ZipFile(p.toFile()); InputStream in = zip.getInputStream(zip.getEntry(naam))) {
            return in.readAllBytes();
        }
    }
}
