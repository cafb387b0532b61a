package nl.regietafel.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import nl.regietafel.report.PdfRenderer;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The warm-up goes through the same library paths as a run's documents, in memory. */
class OpwarmingTest {

    @Test
    void een_pdf_met_de_meegeleverde_letters() {
        byte[] pdf = Opwarming.pdf(new PdfRenderer());

        String tekst = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(tekst).startsWith("%PDF-").contains("DejaVuSans-Bold", "/Count 1");
    }

    @Test
    void een_werkboek_met_stijlen_een_berekende_formule_en_een_grafiek() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Opwarming.werkboek()))) {
            XSSFSheet blad = wb.getSheet("Opwarmen");
            assertThat(blad.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(blad.getRow(4).getCell(1).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(blad.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(600.0);
            assertThat(blad.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }
}
