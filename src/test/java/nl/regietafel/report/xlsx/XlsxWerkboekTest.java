package nl.regietafel.report.xlsx;

import nl.regietafel.report.DemoModel;
import nl.regietafel.report.xlsx.Blad.Kolom;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

public class XlsxWerkboekTest {

    @TempDir
    Path map;

    /** Writes the demo figures of DemoModel: 14 gemeenten, totals 1.944 and 1.724. */
    public static void schrijfDemo(Path xlsx) {
        try (XlsxWerkboek wb = new XlsxWerkboek("Maandpakket Twente december 2022")
                .onderwerp("Opgave en realisatie per gemeente").trefwoorden("Twente; statushouders")) {
            Blad blad = wb.blad("Gemeenten")
                    .titel("Opgave en realisatie per gemeente")
                    .regel("Peildatum 1 april 2023")
                    .kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave"), Kolom.geheel("Realisatie"),
                            Kolom.procent("Realisatie %"), Kolom.datum("Laatste retour"), Kolom.tekst("Opmerking"));
            for (int i = 0; i < DemoModel.NAMEN.length; i++) {
                blad.rij(DemoModel.NAMEN[i], DemoModel.OPGAVE[i], DemoModel.REALISATIE[i],
                        BigDecimal.valueOf(DemoModel.REALISATIE[i]).divide(BigDecimal.valueOf(DemoModel.OPGAVE[i]), 4, java.math.RoundingMode.HALF_UP),
                        LocalDate.of(2023, 1, 1 + i), i == 0 ? "=SUM(B5:B18)" : i == 1 ? "+31 6 1234" : i == 2 ? "-5 bedden" : i == 3 ? "@COA" : null);
            }
            blad.totaal("Twente")
                    .regel("Bron: COA, gemeentelijke maandretouren")
                    .staafgrafiek("Opgave en realisatie", 0, 1, 2);
            wb.opslaan(xlsx);
        }
    }

    @Test
    void closingKeepsTheSavedFileAsWrittenAndWritesNothingElse() throws Exception {
        Path xlsx = map.resolve("werkboek.xlsx");
        byte[] opgeslagen;
        try (XlsxWerkboek wb = new XlsxWerkboek("Gesloten")) {
            wb.blad("Gemeenten").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave")).rij("Almelo", 182);
            wb.opslaan(xlsx);
            opgeslagen = Files.readAllBytes(xlsx);
        }
        try (XlsxWerkboek nooitOpgeslagen = new XlsxWerkboek("Nooit opgeslagen")) {
            nooitOpgeslagen.blad("Leeg");
        }

        assertThat(Files.readAllBytes(xlsx)).isEqualTo(opgeslagen);
        try (var inhoud = Files.list(map)) {
            assertThat(inhoud).containsExactly(xlsx);
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getMethod)).containsOnly(java.util.zip.ZipEntry.DEFLATED);
        }
        try (OPCPackage pakket = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pakket)) {
            assertThat(wb.getSheet("Gemeenten").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(182);
        }
    }

    @Test
    void numbersAreNumbersTotalsAreLiveFormulasWithCachedValuesAndInputTextStaysText() throws Exception {
        Path xlsx = map.resolve("uit/maandpakket.xlsx");
        schrijfDemo(xlsx);
        schrijfDemo(Path.of("target/demo/maandpakket.xlsx")); // kept for looking at

        assertThat(xlsx).exists();
        assertThat(Files.list(xlsx.getParent()).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        try (OPCPackage pakket = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pakket)) {
            XSSFSheet blad = wb.getSheet("Gemeenten");
            // rows: 0 title, 1 note, 2 empty, 3 header, 4..17 data, 18 totals, 19 empty, 20 source
            assertThat(blad.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Opgave en realisatie per gemeente");
            assertThat(blad.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Opgave");

            XSSFCell almelo = blad.getRow(4).getCell(1);
            assertThat(almelo.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(almelo.getNumericCellValue()).isEqualTo(182);
            assertThat(almelo.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(blad.getRow(4).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(blad.getRow(4).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(blad.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("[$-413]d mmmm yyyy");

            XSSFCell totaal = blad.getRow(18).getCell(1);
            assertThat(blad.getRow(18).getCell(0).getStringCellValue()).isEqualTo("Twente");
            assertThat(totaal.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(totaal.getCellFormula()).isEqualTo("SUM(B5:B18)");
            assertThat(totaal.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(totaal.getNumericCellValue()).isEqualTo(1944);
            assertThat(blad.getRow(18).getCell(2).getNumericCellValue()).isEqualTo(1724);
            assertThat(blad.getRow(18).getCell(3).getCellType()).isEqualTo(CellType.BLANK); // percentages are not summed
            assertThat(blad.getRow(20).getCell(0).getStringCellValue()).startsWith("Bron:");

            for (int r = 4; r <= 7; r++) {
                XSSFCell opmerking = blad.getRow(r).getCell(5);
                assertThat(opmerking.getCellType()).as("row %d", r).isEqualTo(CellType.STRING);
                assertThat(opmerking.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(blad.getRow(4).getCell(5).getStringCellValue()).isEqualTo("=SUM(B5:B18)");
            assertThat(blad.getRow(7).getCell(5).getStringCellValue()).isEqualTo("@COA");

            PaneInformation paneel = blad.getPaneInformation();
            assertThat(paneel.isFreezePane()).isTrue();
            assertThat(paneel.getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(blad.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:F18");
            assertThat(blad.getColumnWidth(0)).isBetween(14 * 256, 20 * 256); // "Rijssen-Holten", "Hof van Twente"
            assertThat(blad.getColumnWidth(1)).isGreaterThanOrEqualTo(8 * 256);

            assertThat(blad.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(blad.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);

            var kern = wb.getProperties().getCoreProperties();
            assertThat(kern.getTitle()).isEqualTo("Maandpakket Twente december 2022");
            assertThat(kern.getCreator()).isEqualTo("Regietafel"); // no region settings: the neutral name
            assertThat(kern.getSubject()).isEqualTo("Opgave en realisatie per gemeente");
            assertThat(kern.getKeywords()).isEqualTo("Twente; statushouders");
            assertThat(wb.getProperties().getExtendedProperties().getCompany()).isEqualTo("Regietafel");
        }
    }

    @Test
    void aFormulaAddedThroughThePoiSheetGetsItsValueBesideTheTotalsOwn() throws Exception {
        Path xlsx = map.resolve("formules.xlsx");
        try (XlsxWerkboek wb = new XlsxWerkboek("Formules")) {
            Blad blad = wb.blad("Cijfers").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave"), Kolom.geheel("Realisatie"))
                    .rij("Almelo", 182, 150).rij("Hengelo", 211, 200).totaal("Twente");
            blad.poi().getRow(1).createCell(3).setCellFormula("C2/B2");
            wb.blad("Alleen totalen").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave")).rij("Almelo", 7).rij("Oldenzaal", 5)
                    .totaal("Twente");
            wb.opslaan(xlsx);
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(xlsx.toFile(), PackageAccess.READ))) {
            XSSFSheet cijfers = wb.getSheet("Cijfers");
            assertThat(cijfers.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(393);
            assertThat(cijfers.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(350);
            assertThat(cijfers.getRow(1).getCell(3).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(cijfers.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(150.0 / 182);
            assertThat(wb.getSheet("Alleen totalen").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(12);
        }
    }

    @Test
    void chartReferencesQuoteSheetNamesWithSpaces() throws Exception {
        Path xlsx = map.resolve("tabel.xlsx");
        try (XlsxWerkboek wb = new XlsxWerkboek("Procesplan")) {
            wb.blad("Tabel 2.1").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave"))
                    .rij("Almelo", 182).rij("Borne", 62).totaal("Totaal")
                    .staafgrafiek("Opgave", 0, 1);
            wb.opslaan(xlsx);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            var reeks = wb.getSheetAt(0).getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0);
            assertThat(reeks.getCategoryData().getDataRangeReference()).isEqualTo("'Tabel 2.1'!$A$2:$A$3");
            assertThat(reeks.getValuesData().getDataRangeReference()).isEqualTo("'Tabel 2.1'!$B$2:$B$3");
            assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue()).isEqualTo(244);
        }
    }

    @Test
    void typesAreInferredWithoutColumnKinds() throws Exception {
        Path xlsx = map.resolve("auto.xlsx");
        try (XlsxWerkboek wb = new XlsxWerkboek("Auto")) {
            wb.blad("Blad/met:rare*tekens?").kop("Naam", "Aantal", "Bedrag")
                    .rij("a", 1, new BigDecimal("2.50"))
                    .rij("b", 2L, 3.25)
                    .totaal("Totaal");
            wb.opslaan(xlsx);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet blad = wb.getSheetAt(0);
            assertThat(blad.getSheetName()).doesNotContain("/", ":", "*", "?");
            assertThat(blad.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(blad.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(blad.getRow(3).getCell(1).getCellFormula()).isEqualTo("SUM(B2:B3)");
            assertThat(blad.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(5.75);
            assertThat(blad.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }
}
