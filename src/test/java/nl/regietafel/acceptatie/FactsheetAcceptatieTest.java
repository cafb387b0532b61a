package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.report.factsheet.Factsheets;
import nl.regietafel.run.Run;
import nl.regietafel.store.ReferentieRepository;
import nl.regietafel.uitvraag.Uitvraag;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 5: one factsheet per gemeente, rendered by a partitioned step; and the uitvraag of next
 * month beside it. Given the sample month of Twente, when the rapportage job runs, then every
 * gemeente has its PDF and XLSX with the figures of the month.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:factsheet;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/factsheet"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsheetAcceptatieTest {

    @Autowired
    JobStarter starter;
    @Autowired
    ReferentieRepository referentie;

    Path pakket;
    JobExecution rapportage;
    List<Gemeente> twente;

    @BeforeAll
    void runDeMaand() throws Exception {
        Path output = Maandrun.tempOutput("factsheet");
        Run run = Maandrun.twente(output);
        starter.start("import", run);
        starter.start("verdeling", run);
        rapportage = starter.start("rapportage", run);
        pakket = output.resolve("2022-12");
        twente = referentie.indeling().gemeenten("VR05");
    }

    @Test
    void hetPartitioneerdeStapHeeftMeerderePartitiesGedraaid() {
        assertThat(rapportage.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> partities = rapportage.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("factsheetStep:")).toList();
        assertThat(partities).hasSizeGreaterThan(1)
                .allMatch(s -> s.getStatus() == BatchStatus.COMPLETED);
        assertThat(partities.stream().map(StepExecution::getStepName))
                .contains("factsheetStep:VR05-0", "factsheetStep:VR05-1");
        assertThat(partities.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(14);
        assertThat(rapportage.getStepExecutions().stream().filter(s -> s.getStepName().equals("factsheetsStep")))
                .singleElement().extracting(StepExecution::getStatus).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void elkeGemeenteHeeftEenFactsheetEnEenUitvraag() throws Exception {
        assertThat(twente).hasSize(14);
        for (Gemeente g : twente) {
            assertThat(pakket.resolve("factsheets/" + Factsheets.bestandsnaam(g) + ".pdf")).isNotEmptyFile();
            assertThat(pakket.resolve("factsheets/" + Factsheets.bestandsnaam(g) + ".xlsx")).isNotEmptyFile();
            // one or two A4 pages (SPEC §6), also for Enschede and Hof van Twente with the most rows
            assertThat(paginas(pakket.resolve("factsheets/" + Factsheets.bestandsnaam(g) + ".pdf")))
                    .as("pagina's factsheet " + g.naam()).isBetween(1, 2);
            assertThat(pakket.resolve("uitvraag/" + Uitvraag.bestandsnaam(g, java.time.YearMonth.of(2023, 1)))).isNotEmptyFile();
        }
        assertThat(pakket.resolve("factsheets/GM1735-hof-van-twente.pdf")).exists();
    }

    @Autowired
    Factsheets factsheets;

    /** What a restarted partition does: render only what is missing, never a second copy. */
    @Test
    void eenHerhalingMaaktAlleenWatOntbreekt() throws Exception {
        Run run = Maandrun.twente(Maandrun.tempOutput("factsheet-herstart"));
        List<String> codes = twente.stream().map(Gemeente::code).toList();
        Path map = nl.regietafel.report.Uitvoermap.werkmap(run).resolve("factsheets");

        assertThat(factsheets.render(run, "VR05", codes)).isEqualTo(14);
        Files.delete(map.resolve("GM0147-borne.pdf"));
        assertThat(factsheets.render(run, "VR05", codes)).isEqualTo(1);
        assertThat(factsheets.render(run, "VR05", codes)).isZero();
        try (var bestanden = Files.list(map)) {
            assertThat(bestanden.toList()).hasSize(28);
        }
    }

    @Test
    void enschede() throws Exception {
        String pdf = tekst(pakket.resolve("factsheets/GM0153-enschede.pdf"));
        assertThat(pdf).contains("Factsheet Enschede", "160.640 inwoners", "Periode december 2022")
                // cells follow each other without a space in the extracted text; the note number follows the figure;
                // the opgave is a group row above its peildata
                // in gebruik | vervalt | beschikbaar | gap | besloten | idee | gap na pijplijn
                .containsPattern("Asielzoekers \\(incl\\. AMV's\\)\\s?1 april 2023 ?493 ?1 ?0 ?0 ?0 ?493 ?0 ?0 ?493")
                // statushouders: gap = nog te huisvesten = 193 − 5 voorsprong from 2e helft 2022 − 0 housed = 188
                .containsPattern("Statushouders\\s?1e helft 2023 ?193 ?2 ?0 ?0 ?0 ?188 ?0 ?0 ?188")
                .contains("gap 188 = nog te huisvesten = taakstelling 193 − voorsprong 5 uit het vorige halfjaar")
                // 760 in use for Oekraïners; the hotel (140, until 30-6-2023) is gone on 1 juli 2023: 620, gap 912 − 620 = 292
                .containsPattern("Oekraïense ontheemden\\s?1 juli 2023 ?912 ?760 ?140 ?620 ?292 ?150 ?0 ?142")
                .contains("Informatieset regioplannen", "Bijlage A circulaire taakstelling");
        try (XSSFWorkbook wb = new XSSFWorkbook(pakket.resolve("factsheets/GM0153-enschede.xlsx").toFile())) {
            Sheet opgaven = wb.getSheet("Opgaven");
            Row asiel = rij(opgaven, "Asielzoekers (incl. AMV's)", "1 april 2023");
            // a peildatum is a date cell in a Dutch format; a half year stays text
            assertThat(asiel.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 4, 1));
            assertThat(asiel.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("[$-413]d mmmm yyyy");
            Row positie = rij(wb.getSheet("Positie in de regio"), "Asielzoekers (incl. AMV's)", "1 april 2023");
            assertThat(positie.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 4, 1));
            assertThat(asiel.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(asiel.getCell(2).getNumericCellValue()).isEqualTo(493);
            assertThat(asiel.getCell(3).getStringCellValue()).isEqualTo("vastgesteld");
            assertThat(asiel.getCell(11).getStringCellValue()).contains("COA");
            Row sh = rij(opgaven, "Statushouders", "1e helft 2023");
            assertThat(sh.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sh.getCell(2).getNumericCellValue()).isEqualTo(193);
            assertThat(wb.getSheet("Statushouders")).isNotNull();
            assertThat(opgaven.getPaneInformation().isFreezePane()).isTrue();
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Factsheet Enschede december 2022");
            assertThat(wb.getSheet("Positie in de regio").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void borneHeeftGeenCrisisnoodopvang() throws Exception {
        String pdf = tekst(pakket.resolve("factsheets/GM0147-borne.pdf"));
        assertThat(pdf).contains("Factsheet Borne", "Borne heeft geen crisisnoodopvang (CNO) in gebruik.")
                .doesNotContain("CNO Borne");
        try (XSSFWorkbook wb = new XSSFWorkbook(pakket.resolve("factsheets/GM0147-borne.xlsx").toFile())) {
            Sheet locaties = wb.getSheet("Locaties");
            for (Row r : locaties) {
                if (r.getRowNum() > 3 && r.getCell(3) != null && r.getCell(3).getCellType() == CellType.STRING) {
                    assertThat(r.getCell(3).getStringCellValue()).isNotEqualTo("CNO");
                }
            }
            assertThat(rij(wb.getSheet("Opgaven"), "Asielzoekers (incl. AMV's)", "1 april 2023").getCell(2)
                    .getNumericCellValue()).isEqualTo(74);
        }
    }

    @Test
    void losserToontZijnAandeelInCnoNoordoostTwente() throws Exception {
        // Dinkelland's return lists CNO Noordoost-Twente (40 places, in Losser), shared with Tubbergen, Oldenzaal
        // and Losser; the return gives no split, so each holds 40 / 4 = 10 places
        String pdf = tekst(pakket.resolve("factsheets/GM0168-losser.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("CNO Noordoost-Twente", "aandeel 10 van 40 plekken: gelijke delen over 4 gemeenten")
                .doesNotContain("Losser heeft geen crisisnoodopvang");
        try (XSSFWorkbook wb = new XSSFWorkbook(pakket.resolve("factsheets/GM0168-losser.xlsx").toFile())) {
            Row cno = null;
            for (Row r : wb.getSheet("Locaties")) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && r.getCell(0).getStringCellValue().equals("CNO Noordoost-Twente")) cno = r;
            }
            assertThat(cno).isNotNull();
            assertThat(cno.getCell(6).getNumericCellValue()).isEqualTo(10);
            assertThat(cno.getCell(9).getStringCellValue()).isEqualTo("Dinkelland, Tubbergen, Oldenzaal");
            assertThat(cno.getCell(10).getStringCellValue()).startsWith("Aandeel 10 van 40 plekken");
        }
        // and Dinkelland, which lists it, holds 10 as well (the region counts the 40 once)
        assertThat(tekst(pakket.resolve("factsheets/GM1774-dinkelland.pdf")).replaceAll("\\s+", " "))
                .contains("aandeel 10 van 40 plekken");
    }

    static Row rij(Sheet blad, String opgave, String peildatum) {
        for (Row r : blad) {
            if (r.getCell(0) != null && r.getCell(1) != null && r.getCell(0).getCellType() == CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(opgave) && peildatum.equals(MaandpakketAcceptatieTest.sleuteltekst(r.getCell(1)))) {
                return r;
            }
        }
        throw new AssertionError("Geen rij " + opgave + " " + peildatum + " in " + blad.getSheetName());
    }

    static String tekst(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            StringBuilder tekst = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                tekst.append(extractor.getTextFromPage(p)).append('\n');
            }
            return tekst.toString().replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    static int paginas(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            return reader.getNumberOfPages();
        }
    }
}
