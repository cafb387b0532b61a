package nl.regietafel.report.xlsx;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TekstentabelTest {

    private static final String[] TEKSTEN = {"Almelo", "Hengelo", "Almelo", " met spatie ", "=SUM(A1)", "", "Almelo",
            "regel\nvolgende", "<&>\"'", "Hengelo", "ĳ € — ë"};

    @Test
    void theSharedStringsAndTheCellsIndexesAreThoseOfPoisOwnTable() throws IOException {
        try (XSSFWorkbook eigen = new XSSFWorkbook(Werkboekdelen.FABRIEK); XSSFWorkbook poi = new XSSFWorkbook()) {
            List<String> indexenEigen = vul(eigen);
            List<String> indexenPoi = vul(poi);

            assertThat(eigen.getSharedStringSource()).isInstanceOf(Tekstentabel.class);
            assertThat(indexenEigen).isEqualTo(indexenPoi);
            assertThat(eigen.getSharedStringSource().getUniqueCount()).isEqualTo(9).isEqualTo(poi.getSharedStringSource().getUniqueCount());
            assertThat(eigen.getSharedStringSource().getCount()).isEqualTo(poi.getSharedStringSource().getCount());
            assertThat(xml(eigen.getSharedStringSource())).isEqualTo(xml(poi.getSharedStringSource()));
        }
    }

    /** Every text twice as plain text, then the first as rich text (a bold run): that one is an entry of its own. */
    private static List<String> vul(XSSFWorkbook wb) {
        XSSFSheet blad = wb.createSheet("Teksten");
        List<String> indexen = new ArrayList<>();
        for (int r = 0; r < TEKSTEN.length; r++) {
            XSSFRow rij = blad.createRow(r);
            rij.createCell(0).setCellValue(TEKSTEN[r]);
            rij.createCell(1).setCellValue(TEKSTEN[TEKSTEN.length - 1 - r]);
            indexen.add(rij.getCell(0).getCTCell().getV() + "," + rij.getCell(1).getCTCell().getV());
        }
        XSSFFont vet = wb.createFont();
        vet.setBold(true);
        XSSFRichTextString rijk = new XSSFRichTextString("Almelo");
        rijk.applyFont(0, 3, vet);
        XSSFRow rij = blad.createRow(TEKSTEN.length);
        rij.createCell(0).setCellValue(rijk);
        indexen.add(rij.getCell(0).getCTCell().getV());
        return indexen;
    }

    private static String xml(SharedStringsTable tabel) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        tabel.writeTo(uit);
        return uit.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

}
