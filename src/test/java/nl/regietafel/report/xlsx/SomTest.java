package nl.regietafel.report.xlsx;

import nl.regietafel.report.xlsx.Blad.Kolom;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The totals' cached values that Som works out are the values POI's evaluator gives, to the bit. */
class SomTest {

    @TempDir
    Path map;

    @Test
    void theCachedSumIsPoisSumToTheLastBitForRandomColumns() throws Exception {
        Random toeval = new Random(20231201);
        for (int ronde = 0; ronde < 40; ronde++) {
            Path xlsx = map.resolve("som-" + ronde + ".xlsx");
            int rijen = 1 + toeval.nextInt(40);
            try (XlsxWerkboek wb = new XlsxWerkboek("Som " + ronde)) {
                Blad blad = wb.blad("Cijfers").titel("Sommen").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Geheel"),
                        Kolom.decimaal("Decimaal"), new Kolom("Gemengd", Blad.Soort.AUTO));
                for (int r = 0; r < rijen; r++) {
                    blad.rij("G" + r, toeval.nextInt(5) == 0 ? null : (long) toeval.nextInt(2_000_000) - 1_000_000,
                            BigDecimal.valueOf(toeval.nextLong() % 10_000_000_000L, toeval.nextInt(9)),
                            switch (toeval.nextInt(4)) {
                                case 0 -> null;
                                case 1 -> "n.v.t.";
                                case 2 -> toeval.nextDouble() * 1e6 - 5e5;
                                default -> toeval.nextInt(100);
                            });
                }
                blad.totaal("Totaal", 1, 2, 3);
                wb.opslaan(xlsx);
            }
            List<Double> bewaard = totalen(xlsx, false);
            assertThat(bewaard).as("ronde %d", ronde).isEqualTo(totalen(xlsx, true));
            assertThat(bewaard).allMatch(w -> !w.isNaN());
        }
    }

    @Test
    void aTotalOverACellOnlyTheEvaluatorCanJudgeGetsTheEvaluatorsValue() throws Exception {
        Path xlsx = map.resolve("fout.xlsx");
        try (XlsxWerkboek wb = new XlsxWerkboek("Fout")) {
            Blad blad = wb.blad("Cijfers").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave"), Kolom.geheel("Realisatie"))
                    .rij("Almelo", 182, 150).rij("Hengelo", 211, 200).totaal("Twente");
            blad.poi().getRow(1).getCell(1).setCellErrorValue(FormulaError.NA);
            blad.poi().getRow(2).getCell(2).setCellValue(true);
            wb.opslaan(xlsx);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(xlsx.toFile(), PackageAccess.READ))) {
            XSSFSheet blad = wb.getSheet("Cijfers");
            assertThat(blad.getRow(3).getCell(1).getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
            assertThat(blad.getRow(3).getCell(1).getErrorCellValue()).isEqualTo(FormulaError.NA.getCode());
            assertThat(blad.getRow(3).getCell(2).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(blad.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(150); // SUM skips a boolean in a range
        }
    }

    @Test
    void aDataCellChangedThroughPoiAfterTheTotalCountsWithItsNewValue() throws Exception {
        Path xlsx = map.resolve("later.xlsx");
        try (XlsxWerkboek wb = new XlsxWerkboek("Later")) {
            Blad blad = wb.blad("Cijfers").kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave"))
                    .rij("Almelo", 182).rij("Hengelo", 211).totaal("Twente");
            blad.poi().getRow(2).getCell(1).setCellValue(11);
            wb.opslaan(xlsx);
        }
        assertThat(totalen(xlsx, false)).containsExactly(193.0);
    }

    /** The totals row's numeric values as saved, or as POI's evaluator works them out anew. */
    private static List<Double> totalen(Path xlsx, boolean opnieuw) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(xlsx.toFile(), PackageAccess.READ))) {
            XSSFSheet blad = wb.getSheetAt(0);
            if (opnieuw) XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            List<Double> waarden = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell c : blad.getRow(blad.getLastRowNum())) {
                if (c.getCellType() == CellType.FORMULA) waarden.add(c.getNumericCellValue());
            }
            return waarden;
        }
    }
}
