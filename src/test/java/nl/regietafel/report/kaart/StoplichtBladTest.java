package nl.regietafel.report.kaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import nl.regietafel.domain.stoplicht.Stoplicht;
import nl.regietafel.domain.stoplicht.Stoplichtdrempels;
import nl.regietafel.domain.tijdlijn.Tijdlijn;
import nl.regietafel.report.tijdlijn.TijdlijnBlad;
import nl.regietafel.report.xlsx.XlsxWerkboek;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix and the timeline in the workbook: status as formulas and colours over the sheet's own numbers; a native line chart. */
class StoplichtBladTest {

    @TempDir
    Path map;

    @Test
    void statusEnKleurKomenUitDeEigenCellen() throws Exception {
        // Given asiel (places) and statushouders in month 3 of 6 (norm 3/6 of the taakstelling)
        Stoplichtdrempels d = Stoplichtdrempels.STANDAARD;
        Stoplichtdrempels sh = new Stoplichtdrempels(100, 50);
        var kolommen = List.of(new Stoplichtmatrix.Kolom("Asiel", "1 april 2023", "plekken", 6, d),
                new Stoplichtmatrix.Kolom("Statushouders", "1e helft 2023", "personen", 3, sh));
        var almelo = new Stoplichtmatrix.Rij("GM0141", "Almelo", List.of(
                StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(224, 294), 6, d),   // 131 % → op schema
                StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(60, 29), 3, sh)));  // 29 of norm 30 → achter
        var borne = new Stoplichtmatrix.Rij("GM0147", "Borne", List.of(
                StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(66, 0), 6, d),      // 0 % → ver achter
                StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(20, 10), 3, sh)));  // 10 of norm 10 → op schema
        assertThat(almelo.cellen()).extracting(Stoplichtmatrix.Cel::status).containsExactly(Stoplicht.OP_SCHEMA, Stoplicht.ACHTER);
        assertThat(borne.cellen()).extracting(Stoplichtmatrix.Cel::status).containsExactly(Stoplicht.VER_ACHTER, Stoplicht.OP_SCHEMA);
        var totaal = new Stoplichtmatrix.Rij("VR05", "Twente", List.of(
                StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(290, 294), 6, d),
                StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(80, 39), 3, sh)));
        var matrix = new Stoplichtmatrix(d, kolommen, List.of(almelo, borne), totaal);
        var tijdlijn = new Tijdlijn("Asiel per maand", List.of(YearMonth.of(2022, 12), YearMonth.of(2023, 1)),
                List.of(new Tijdlijn.Reeks("Reguliere asielplekken", List.of(794L, 794L)), new Tijdlijn.Reeks("CNO-plekken", List.of(343L, 343L))),
                List.of(new Tijdlijn.Reeks("Opgave asiel", List.of(1944L, 1944L))));

        // When both are written
        Path xlsx = map.resolve("blik.xlsx");
        try (XlsxWerkboek wb = new XlsxWerkboek("Test")) {
            StoplichtBlad.schrijf(wb.blad("Stoplichten"), matrix, "Twente");
            TijdlijnBlad.schrijf(wb.blad("Tijdlijn 1"), tijdlijn, "Twente");
            wb.opslaan(xlsx);
        }

        // Then share and status are formulas whose values are those of the PDF, and the sum row is a live sum
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet blad = wb.getSheet("Stoplichten");
            DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
            int kop = -1;
            for (var r : blad) if ("Gemeente".equals(f.formatCellValue(r.getCell(0)))) kop = r.getRowNum();
            var rAlmelo = blad.getRow(kop + 1);
            var rBorne = blad.getRow(kop + 2);
            var rSom = blad.getRow(kop + 3);
            assertThat(rAlmelo.getCell(3).getCellFormula()).isEqualTo("IF(B" + (kop + 2) + ">0,C" + (kop + 2) + "/B" + (kop + 2) + ",\"\")");
            assertThat(rAlmelo.getCell(3).getNumericCellValue()).isCloseTo(294.0 / 224, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rAlmelo.getCell(4).getStringCellValue()).isEqualTo("op schema");
            assertThat(rAlmelo.getCell(8).getStringCellValue()).isEqualTo("achter");
            assertThat(rBorne.getCell(4).getStringCellValue()).isEqualTo("ver achter");
            assertThat(rBorne.getCell(8).getStringCellValue()).isEqualTo("op schema");
            // Sum of the gemeenten: asiel 224 + 66 = 290, realised 294 → 101 % → op schema
            assertThat(f.formatCellValue(rSom.getCell(0))).isEqualTo("Som gemeenten");
            assertThat(rSom.getCell(1).getCellFormula()).startsWith("SUM(");
            assertThat(rSom.getCell(4).getStringCellValue()).isEqualTo("op schema");
            // its share as a percentage, as in the rows above it (it printed as "1" in the totals' whole-number style)
            assertThat(rSom.getCell(3).getNumericCellValue()).isEqualTo(294.0 / 290);
            assertThat(f.formatCellValue(rSom.getCell(3), wb.getCreationHelper().createFormulaEvaluator())).isEqualTo("101.4%");
            assertThat(rSom.getCell(3).getCellStyle().getFont().getBold()).isTrue();
            // Three rules (op schema, achter, ver achter) over share and status of each opgave
            var cf = blad.getSheetConditionalFormatting();
            assertThat(cf.getNumConditionalFormattings()).isEqualTo(2);
            assertThat(cf.getConditionalFormattingAt(0).getNumberOfRules()).isEqualTo(3);
            assertThat(cf.getConditionalFormattingAt(0).getRule(2).getFormula1()).contains("100*$C" + (kop + 2) + "<50*$B" + (kop + 2));
            assertThat(cf.getConditionalFormattingAt(1).getRule(0).getFormula1()).contains("100*($F" + (kop + 2) + "*3/6)");

            XSSFDrawing tekening = wb.getSheet("Tijdlijn 1").getDrawingPatriarch();
            assertThat(tekening.getCharts()).hasSize(1);
            var lijnen = tekening.getCharts().get(0).getChartSeries();
            assertThat(lijnen).hasSize(1);
            assertThat(lijnen.get(0).getSeriesCount()).isEqualTo(3);
        }
    }

    @Test
    void opgeslagenWaardenZijnDieVanDeFormules() throws Exception {
        // Given 40 random matrices: opgaven of 0 or more, realisaties from 0 to above the opgave, thresholds and months at random
        java.util.Random toeval = new java.util.Random(20221201);
        for (int werkboek = 0; werkboek < 40; werkboek++) {
            List<Stoplichtmatrix.Kolom> kolommen = new java.util.ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int achter = toeval.nextInt(101);
                Stoplichtdrempels d = new Stoplichtdrempels(achter + toeval.nextInt(101 - achter), achter);
                kolommen.add(new Stoplichtmatrix.Kolom("Opgave " + k, "1 juli 2023", "plekken", 1 + toeval.nextInt(6), d));
            }
            List<Stoplichtmatrix.Rij> rijen = new java.util.ArrayList<>();
            for (int g = 0; g < 1 + toeval.nextInt(15); g++) {
                List<Stoplichtmatrix.Cel> cellen = new java.util.ArrayList<>();
                for (Stoplichtmatrix.Kolom k : kolommen) {
                    long opgave = toeval.nextInt(4) == 0 ? 0 : toeval.nextInt(2000);
                    long realisatie = toeval.nextInt(5) == 0 ? 0 : toeval.nextInt(2500);
                    cellen.add(StoplichtmatrixBouwer.cel(new Hoofdopgave.Meting(opgave, realisatie), k.maand(), k.drempels()));
                }
                rijen.add(new Stoplichtmatrix.Rij("GM" + g, "Gemeente " + g, cellen));
            }
            var matrix = new Stoplichtmatrix(Stoplichtdrempels.STANDAARD, kolommen, rijen, rijen.get(0));

            // When the sheet is written without the formula evaluator
            Path xlsx = map.resolve("stoplichten-" + werkboek + ".xlsx");
            try (XlsxWerkboek wb = new XlsxWerkboek("Test")) {
                StoplichtBlad.schrijf(wb.blad("Stoplichten"), matrix, "Twente");
                wb.opslaan(xlsx);
            }

            // Then every formula's stored value is what POI's evaluator makes of the formula, to the bit
            try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
                var rekenaar = wb.getCreationHelper().createFormulaEvaluator();
                int formules = 0;
                for (var rij : wb.getSheet("Stoplichten")) {
                    for (var cel : rij) {
                        if (cel.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) continue;
                        formules++;
                        var waarde = rekenaar.evaluate(cel);
                        String waar = cel.getAddress() + " " + cel.getCellFormula();
                        if (waarde.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                            assertThat(Double.doubleToLongBits(cel.getNumericCellValue())).as(waar)
                                    .isEqualTo(Double.doubleToLongBits(waarde.getNumberValue()));
                        } else {
                            assertThat(cel.getStringCellValue()).as(waar).isEqualTo(waarde.getStringValue());
                        }
                    }
                }
                // aandeel and status per opgave for each gemeente and the totals row, and the totals' two sums
                assertThat(formules).isEqualTo((rijen.size() + 1) * 2 * 3 + 2 * 3);
            }
        }
    }
}
