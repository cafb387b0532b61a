package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The controlerapport of a month with bad input (SPEC §6, §7): two files that are no Excel, one
 * of them named like a formula, and Enschede's return with a formula where a number belongs
 * (accepted, with a warning). The month is run twice with the same files: the second report
 * still shows Enschede's warning, recorded when the file was accepted in the first run.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:controlerapport;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/controlerapport"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlerapportAcceptatieTest {

    static final String FORMULENAAM = "=HYPERLINK(\"http-x\",\"klik\")-notitie.xlsx";

    @Autowired
    JobStarter starter;

    Run eerste;
    Run tweede;
    JobExecution uitvoering;
    XSSFWorkbook xlsx;
    String pdf;
    float[] pagina;

    @BeforeAll
    void tweeRunsMetSlechteInvoer() throws Exception {
        Path input = Pakketstubs.kopieVanInput("controlerapport");
        Path retouren = input.resolve("retouren/2022-12");
        Files.writeString(retouren.resolve(FORMULENAAM), "dit is geen Excel-bestand");
        Files.writeString(retouren.resolve("GM9999-kapot.xlsx"), "ook geen Excel");
        formuleInPlaatsVanGetal(retouren.resolve("GM0153-enschede.xlsx"));

        Path output = Maandrun.tempOutput("controlerapport");
        eerste = Run.van(new Opdracht("maand", Maandrun.DECEMBER_2022, "VR05", input, output), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", eerste).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Thread.sleep(5); // run ids are timestamps to the millisecond
        tweede = Run.van(new Opdracht("maand", Maandrun.DECEMBER_2022, "VR05", input, output), JobStarter.nieuwRunId());
        uitvoering = starter.start("maand", tweede);

        Path map = output.resolve("2022-12");
        xlsx = new XSSFWorkbook(map.resolve("controlerapport.xlsx").toFile());
        try (PdfReader reader = new PdfReader(map.resolve("controlerapport.pdf").toString())) {
            StringBuilder tekst = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                tekst.append(extractor.getTextFromPage(p)).append('\n');
            }
            pdf = tekst.toString();
            pagina = new float[]{reader.getPageSize(1).getWidth(), reader.getPageSize(1).getHeight()};
        }
    }

    @Test
    void deRunIsKlaarEnHetRapportStaatBovenaanDePeriode() {
        assertThat(uitvoering.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(xlsx.getSheetAt(0).getSheetName()).isEqualTo("Afgewezen");
        assertThat(List.of(xlsx.getSheetName(1), xlsx.getSheetName(2), xlsx.getSheetName(3)))
                .containsExactly("Waarschuwingen", "Controles", "Audit");
    }

    @Test
    void afgewezenHeeftDeVastgelegdeKolommenEnEenRijPerAfgewezenBestand() {
        Sheet blad = xlsx.getSheet("Afgewezen");
        int kop = kopRij(blad, "Bestand");
        assertThat(tekst(blad.getRow(kop)).subList(0, 7))
                .containsExactly("Bestand", "Blad", "Rij", "Kolom", "Melding", "Ernst", "Quarantaine");
        List<List<String>> rijen = rijen(blad, kop);
        assertThat(rijen).extracting(r -> r.get(0)).containsExactlyInAnyOrder(
                "retouren/2022-12/" + FORMULENAAM, "retouren/2022-12/GM9999-kapot.xlsx");
        assertThat(rijen).allSatisfy(r -> {
            assertThat(r.get(4)).contains("geen Excel-bestand");
            assertThat(r.get(5)).isEqualTo("Fout");
            assertThat(r.get(6)).contains("quarantaine/2022-12/");
            assertThat(r.get(7)).isEqualTo(tweede.runId());
        });
    }

    @Test
    void eenBestandsnaamDieOpEenFormuleLijktBlijftTekst() {
        Sheet blad = xlsx.getSheet("Afgewezen");
        int kop = kopRij(blad, "Bestand");
        for (int r = kop + 1; r <= blad.getLastRowNum(); r++) {
            Cell c = blad.getRow(r) == null ? null : blad.getRow(r).getCell(0);
            if (c != null && c.getStringCellValue().contains("HYPERLINK")) {
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo("retouren/2022-12/" + FORMULENAAM);
                return;
            }
        }
        throw new AssertionError("bestand met formulenaam niet gevonden");
    }

    @Test
    void deWaarschuwingVanEenEerderAanvaardBestandBlijftStaan() {
        Sheet blad = xlsx.getSheet("Waarschuwingen");
        int kop = kopRij(blad, "Bestand");
        assertThat(tekst(blad.getRow(kop)).subList(0, 5)).containsExactly("Bestand", "Blad", "Rij", "Kolom", "Melding");
        List<List<String>> rijen = rijen(blad, kop);
        assertThat(rijen).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("retouren/2022-12/GM0153-enschede.xlsx");
            assertThat(r.get(1)).isEqualTo("Locaties");
            assertThat(r.get(2)).isEqualTo("2");
            assertThat(r.get(3)).contains("Capaciteit");
            assertThat(r.get(4)).contains("formule");
            assertThat(r.get(5)).isEqualTo("Waarschuwing");
            assertThat(r.get(7)).isEqualTo(eerste.runId()); // recorded when it was accepted
        });
    }

    @Test
    void controlesBevatElkeControleVanDeRegio() {
        Sheet blad = xlsx.getSheet("Controles");
        int kop = kopRij(blad, "Code");
        assertThat(tekst(blad.getRow(kop)).subList(0, 6))
                .containsExactly("Code", "Controle", "Invoer", "Verwacht", "Gevonden", "Uitkomst");
        List<List<String>> rijen = rijen(blad, kop);
        assertThat(rijen).hasSizeGreaterThan(10);
        assertThat(rijen).extracting(r -> r.get(5)).contains("Afwijking", "In orde").doesNotContainNull();
        // Tabel 2.1's slip: IJsselland 1.650 + Twente 1.944 is 3.594, not the stated 3.593
        assertThat(rijen).anySatisfy(r -> {
            assertThat(r.get(3) + r.get(4)).contains("3.594").contains("3.593");
            assertThat(r.get(5)).isEqualTo("Afwijking");
        });
        assertThat(rijen).extracting(r -> r.get(6)).containsOnly("VR05 Twente");
    }

    @Test
    void auditToontElkBestandMetZijnStatus() {
        Sheet blad = xlsx.getSheet("Audit");
        int kop = kopRij(blad, "Pad");
        List<List<String>> rijen = rijen(blad, kop);
        assertThat(rijen).filteredOn(r -> r.get(1).equals("Maandretour") && r.get(3).equals("AANVAARD")).hasSize(14);
        assertThat(rijen).filteredOn(r -> r.get(3).equals("AFGEWEZEN")).extracting(r -> r.get(0))
                .contains("retouren/2022-12/" + FORMULENAAM, "retouren/2022-12/GM9999-kapot.xlsx");
        // every national document read, also the two of the sample year dated after December 2022
        assertThat(rijen).filteredOn(r -> r.get(1).equals("Landelijk document")).hasSize(10);
        assertThat(rijen).filteredOn(r -> r.get(1).equals("Referentie")).isNotEmpty();
        assertThat(rijen).allSatisfy(r -> assertThat(r.get(7)).matches("[0-9a-f]{64}"));
        assertThat(rijen).filteredOn(r -> r.get(0).endsWith("GM0153-enschede.xlsx")).first()
                .satisfies(r -> assertThat(r.get(5)).isNotBlank()); // ingevuld door
        Cell ingelezen = blad.getRow(kop + 1).getCell(4);
        assertThat(ingelezen.getCellType()).isEqualTo(CellType.NUMERIC); // a date, sortable
    }

    @Test
    void dePdfBegintMetDeSamenvattingEnIsLiggend() {
        assertThat(pdf).containsPattern("2 bestanden afgewezen, 1 waarschuwing, \\d+ controles met afwijking");
        assertThat(pdf).contains("1. Afgewezen bestanden en rijen", "2. Waarschuwingen", "3. Controles", "4. Audit");
        assertThat(pdf).contains("GM9999-kapot.xlsx", "GM0153-enschede.xlsx");
        assertThat(pagina[0]).isGreaterThan(pagina[1]);
    }

    /** Replaces the first capacity figure on Locaties by a formula with the same cached value. */
    static void formuleInPlaatsVanGetal(Path retour) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(retour)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet locaties = wb.getSheet("Locaties");
        Row kop = locaties.getRow(0);
        int kolom = -1;
        for (Cell c : kop) {
            if (c.getStringCellValue().equals("Capaciteit")) kolom = c.getColumnIndex();
        }
        Cell c = locaties.getRow(1).getCell(kolom);
        long waarde = (long) c.getNumericCellValue();
        c.setCellFormula((waarde - 1) + "+1");
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        try (OutputStream uit = Files.newOutputStream(retour)) {
            wb.write(uit);
        }
        wb.close();
    }

    static int kopRij(Sheet blad, String eersteKop) {
        for (Row r : blad) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(eersteKop)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("geen kopregel '" + eersteKop + "' op blad " + blad.getSheetName());
    }

    static List<List<String>> rijen(Sheet blad, int kop) {
        List<List<String>> uit = new ArrayList<>();
        for (int r = kop + 1; r <= blad.getLastRowNum(); r++) {
            Row rij = blad.getRow(r);
            if (rij == null || rij.getCell(0) == null || rij.getCell(0).getCellType() == CellType.BLANK) break;
            if (rij.getCell(1) == null && rij.getLastCellNum() <= 1) break; // a note under the table
            uit.add(tekst(rij));
        }
        return uit;
    }

    static List<String> tekst(Row rij) {
        List<String> uit = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            Cell c = rij.getCell(k);
            if (c == null) {
                uit.add("");
            } else if (c.getCellType() == CellType.NUMERIC) {
                double d = c.getNumericCellValue();
                uit.add(d == Math.floor(d) ? String.valueOf((long) d) : String.valueOf(d));
            } else {
                uit.add(c.getStringCellValue());
            }
        }
        return uit;
    }
}
