package nl.regietafel.report.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.report.Documentkop;
import nl.regietafel.report.Opmaak;
import nl.regietafel.report.controle.ControlerapportModel.Regiocontroles;
import nl.regietafel.store.ControleRepository.Auditregel;
import nl.regietafel.store.ControleRepository.Meldingregel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from input is never a formula in the controlerapport, whatever it starts with. */
class ControlerapportXlsxTest {

    @TempDir
    Path tmp;

    static final String FORMULE = "=HYPERLINK(\"http://x.example\",\"klik\")";

    @Test
    void invoerDieOpEenFormuleLijktIsTekst() throws Exception {
        Meldingregel fout = new Meldingregel(FORMULE + ".xlsx", "+Locaties", 3, "@B", "-1 is negatief", "FOUT", null, "r1");
        Meldingregel waarschuwing = new Meldingregel("=1+1.xlsx", "Gemeente", null, null, "=SUM(A1:A9)", "WAARSCHUWING", null, "r1");
        Auditregel audit = new Auditregel(1, "RETOUR", FORMULE + ".xlsx", "a".repeat(64), 10, "2022-12", null,
                "=cmd|' /C calc'!A0", LocalDateTime.of(2023, 1, 5, 9, 30), "r1", "AFGEWEZEN");
        ControlerapportModel m = new ControlerapportModel(
                new Documentkop("Controlerapport", "VR05", "Twente", YearMonth.of(2022, 12), LocalDateTime.now(), "abc"),
                "r1", List.of(fout), List.of(waarschuwing),
                List.of(new Regiocontroles("VR05", "Twente", List.of(new Controle("C1", "=2+2", "-", "+", "@", Uitkomst.AFWIJKING)))),
                List.of(audit), List.of());

        Path xlsx = tmp.resolve("controlerapport.xlsx");
        ControlerapportXlsx.schrijf(m, new Opmaak(), xlsx);

        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            int teksten = 0;
            for (Sheet blad : wb) {
                for (Row r : blad) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as("%s!%s", blad.getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && "=+-@".indexOf(c.getStringCellValue().isEmpty() ? 'x'
                                : c.getStringCellValue().charAt(0)) >= 0) {
                            assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getStringCellValue()).isTrue();
                            teksten++;
                        }
                    }
                }
            }
            assertThat(teksten).isGreaterThanOrEqualTo(10);
            assertThat(wb.getSheet("Afgewezen")).anySatisfy(r -> assertThat(r.getCell(0).getStringCellValue())
                    .isEqualTo(FORMULE + ".xlsx"));
        }
        assertThat(m.samenvatting()).isEqualTo("1 bestand afgewezen, 1 waarschuwing, 1 controle met afwijking");
    }
}
