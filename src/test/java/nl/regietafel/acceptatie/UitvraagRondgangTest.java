package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.MaandretourReader;
import nl.regietafel.run.Run;
import nl.regietafel.store.ReferentieRepository;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 3 item 6: next month's form goes out, comes back filled in, and is read as sent. Given the
 * sample month, when {@code --job=uitvraag} runs, then Enschede's form for January 2023 holds its
 * code, taakstelling and locations; filled in as a gemeente would, it imports without rejection.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:uitvraag;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/uitvraag"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UitvraagRondgangTest {

    static final YearMonth JANUARI = YearMonth.of(2023, 1);

    @Autowired
    JobStarter starter;
    @Autowired
    ReferentieRepository referentie;

    JobExecution uitvraag;
    Path formulier;
    Path output;

    @BeforeAll
    void maakDeUitvraag() throws Exception {
        output = Maandrun.tempOutput("uitvraag");
        Run run = Maandrun.twente(output);
        starter.start("import", run);
        starter.start("verdeling", run);
        uitvraag = starter.start("uitvraag", run);
        formulier = output.resolve("2022-12/uitvraag/GM0153-enschede-2023-01.xlsx");
    }

    @Test
    void deLosseJobSchrijftInDeGepubliceerdeMap() throws Exception {
        assertThat(uitvraag.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (var bestanden = Files.list(output.resolve("2022-12/uitvraag"))) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).toList()).hasSize(14)
                    .allMatch(n -> n.endsWith("-2023-01.xlsx"));
        }
        try (var alles = Files.list(output)) {
            assertThat(alles.map(p -> p.getFileName().toString()).toList()).containsExactly("2022-12");
        }
    }

    @Test
    void vooringevuldMetCodeTaakstellingEnLocaties() throws Exception {
        Leesresultaat<Maandretour> leeg = MaandretourReader.lees(formulier, referentie.indeling(), JANUARI);
        assertThat(leeg.fouten()).isEmpty();
        Maandretour r = leeg.waarde();
        assertThat(r.gemeenteCode()).isEqualTo("GM0153");
        assertThat(r.peilmaand()).isEqualTo(JANUARI);
        assertThat(r.locaties()).hasSize(7).extracting(Locatie::locatieId).contains("GM0153-01", "GM0153-07");
        assertThat(r.statushouders()).extracting(s -> s.halfjaar().code(), StatushoudersRegel::taakstelling,
                        StatushoudersRegel::achterstandBeginPeriode)
                .contains(org.assertj.core.groups.Tuple.tuple("2023-1", 193L, -5L));
        assertThat(r.knelpunten()).isEmpty();
    }

    /** Issue 10 item 7: as a gemeente receives it — deadline and address from input/regio/VR05-twente.yaml, nothing invented. */
    @Test
    void zoalsDeGemeenteHemKrijgt() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(formulier.toFile())) {
            // Return for January is due on inleverdag 10 of February.
            assertThat(wb.getSheet("Toelichting").getRow(2).getCell(0).getStringCellValue())
                    .contains("uiterlijk vrijdag 10 februari 2023", "regietafel@twente.example",
                            "Ambtelijk kernteam Twentse Regietafel Asielinstroom");
            var loc = wb.getSheet("Locaties");
            for (int r = 1; r <= loc.getLastRowNum(); r++) {
                var cel = loc.getRow(r).getCell(10);
                assertThat(cel == null ? "" : cel.getStringCellValue()).as("Toelichting rij " + (r + 1)).isEmpty();
            }
            // 2023-1 begins after December: taakstelling 193 (circulaire) and achterstand -5 pre-filled, Gehuisvest and AMV blank.
            var sh = wb.getSheet("Statushouders");
            var rij = sh.getRow(2);
            assertThat(rij.getCell(0).getStringCellValue()).isEqualTo("2023-1");
            assertThat(rij.getCell(1).getNumericCellValue()).isEqualTo(193);
            assertThat(rij.getCell(2).getNumericCellValue()).isEqualTo(-5);
            assertThat(rij.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(rij.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            // 2022-2 was reported in December (134 housed): kept for the gemeente to update.
            assertThat(sh.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(134);
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("Twentse Regietafel Asielinstroom");
        }
    }

    @Test
    void validatieEnBeveiliging() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(formulier.toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Toelichting");
            for (String naam : List.of("Gemeente", "Locaties", "Statushouders", "Knelpunten")) {
                assertThat(wb.getSheet(naam).getProtect()).as(naam + " beveiligd").isTrue();
            }
            XSSFSheet loc = wb.getSheet("Locaties");
            assertThat(loc.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(loc.getRow(1).getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(loc.getColumnStyle(5).getLocked()).isFalse();
            assertThat(loc.getPaneInformation().isFreezePane()).isTrue();
            assertThat(lijst(loc, 3)).containsExactly("Asielzoekers", "AMV", "Oekraïners", "Statushouders");
            assertThat(lijst(loc, 4)).contains("AZC", "CNO", "Hotel/vakantiepark");
            assertThat(lijst(loc, 7)).containsExactly("Idee", "Besluit college", "Besluit raad", "Vergunning",
                    "In aanbouw", "In gebruik", "Gesloten");
            assertThat(lijst(wb.getSheet("Knelpunten"), 2)).containsExactly("Rijk", "Provincie", "COA", "Nidos", "Regio");
            assertThat(soort(loc, 5)).isEqualTo(ValidationType.INTEGER);
            assertThat(soort(loc, 8)).isEqualTo(ValidationType.DATE);
            assertThat(soort(loc, 9)).isEqualTo(ValidationType.DATE);
            // Open vanaf and Beschikbaar tot are asked per location, with why they matter (issue 8)
            assertThat(validatie(loc, 8).getPromptBoxTitle()).isEqualTo("Open vanaf");
            assertThat(validatie(loc, 8).getPromptBoxText()).contains("Een plan telt op een peildatum alleen als het uiterlijk op die datum opent");
            assertThat(validatie(loc, 9).getPromptBoxTitle()).isEqualTo("Beschikbaar tot");
            assertThat(validatie(loc, 9).getPromptBoxText()).contains("alleen als ze op die datum nog beschikbaar is");
            assertThat(validatie(loc, 8).getPromptBoxText().length()).isLessThanOrEqualTo(255);
            assertThat(validatie(loc, 9).getPromptBoxText().length()).isLessThanOrEqualTo(255);
            assertThat(java.util.stream.StreamSupport.stream(wb.getSheet("Toelichting").spliterator(), false)
                    .map(r -> r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()))
                    .anyMatch(t -> t.startsWith("Open vanaf en Beschikbaar tot vult u per locatie in"));
            assertThat(soort(wb.getSheet("Statushouders"), 3)).isEqualTo(ValidationType.INTEGER);
            XSSFSheet gem = wb.getSheet("Gemeente");
            assertThat(gem.getRow(0).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(gem.getRow(3).getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Maandretour Enschede 2023-01");
        }
    }

    @Test
    void ingevuldEnTeruggestuurdWordtPreciesZoIngelezen() throws Exception {
        Path input = Tijdelijk.map("regietafel-rondgang");
        Path retour = input.resolve("retouren/2023-01/GM0153-enschede.xlsx");
        Files.createDirectories(retour.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(formulier))) {
            XSSFSheet gem = wb.getSheet("Gemeente");
            gem.getRow(3).getCell(1).setCellValue("J. Jansen, beleidsadviseur asiel");
            gem.getRow(4).getCell(1).setCellValue(LocalDate.of(2023, 2, 3));

            XSSFSheet loc = wb.getSheet("Locaties");
            assertThat(loc.getRow(1).getCell(1).getStringCellValue()).isEqualTo("CNO Enschede");
            loc.getRow(1).getCell(5).setCellValue(65);
            XSSFRow nieuw = loc.createRow(loc.getLastRowNum() + 1);
            Object[] waarden = {"GM0153-08", "Flexwoningen Enschede-Zuid", "Enschede", "Statushouders", "Flexwoningen", 48, 0,
                    "Vergunning", LocalDate.of(2023, 9, 1), null, "Besluit college 10 januari 2023", null};
            for (int k = 0; k < waarden.length; k++) {
                XSSFCell c = nieuw.createCell(k);
                c.setCellStyle(loc.getColumnStyle(k)); // as Excel does for a typed cell
                if (waarden[k] instanceof String s) c.setCellValue(s);
                else if (waarden[k] instanceof Integer n) c.setCellValue(n);
                else if (waarden[k] instanceof LocalDate d) c.setCellValue(d);
            }

            XSSFSheet sh = wb.getSheet("Statushouders");
            Row januari = rijMet(sh, "2023-1");
            januari.getCell(3).setCellValue(17);
            januari.getCell(4).setCellValue(2);

            XSSFSheet kn = wb.getSheet("Knelpunten");
            XSSFRow k = kn.createRow(1);
            k.createCell(0).setCellValue("Grote gezinnen");
            k.createCell(1).setCellValue("Te weinig grote woningen voor gezinnen met vijf of meer kinderen.");
            k.createCell(2).setCellValue("Regio");
            try (OutputStream uit = Files.newOutputStream(retour)) {
                wb.write(uit);
            }
        }

        Leesresultaat<Maandretour> gelezen = MaandretourReader.lees(retour, referentie.indeling(), JANUARI);

        assertThat(gelezen.isAfgewezen()).as(gelezen.meldingen().toString()).isFalse();
        assertThat(gelezen.fouten()).isEmpty();
        Maandretour r = gelezen.waarde();
        assertThat(r.gemeenteCode()).isEqualTo("GM0153");
        assertThat(r.peilmaand()).isEqualTo(JANUARI);
        assertThat(r.ingevuldDoor()).isEqualTo("J. Jansen, beleidsadviseur asiel");
        assertThat(r.datum()).isEqualTo(LocalDate.of(2023, 2, 3));
        assertThat(r.locaties()).hasSize(8);
        assertThat(r.locaties().get(0).capaciteit()).isEqualTo(65);
        assertThat(r.locaties().get(1).capaciteit()).isEqualTo(320);
        assertThat(r.locaties().get(7)).isEqualTo(new Locatie("GM0153-08", "Flexwoningen Enschede-Zuid", "Enschede",
                Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 48, 0, LocatieStatus.VERGUNNING, LocalDate.of(2023, 9, 1),
                null, "Besluit college 10 januari 2023", List.of()));
        StatushoudersRegel jan = r.statushouders().stream().filter(s -> s.halfjaar().equals(Peildatum.of("2023-1")))
                .findFirst().orElseThrow();
        assertThat(jan.taakstelling()).isEqualTo(193);
        assertThat(jan.achterstandBeginPeriode()).isEqualTo(-5);
        assertThat(jan.gehuisvest()).isEqualTo(17);
        assertThat(jan.waarvanAmv()).isEqualTo(2);
        assertThat(r.knelpunten()).containsExactly(new Knelpunt("Grote gezinnen",
                "Te weinig grote woningen voor gezinnen met vijf of meer kinderen.", Partij.REGIO));
    }

    static Row rijMet(XSSFSheet blad, String eerste) {
        for (Row r : blad) {
            if (r.getCell(0) != null && eerste.equals(r.getCell(0).getStringCellValue())) return r;
        }
        throw new AssertionError("geen rij " + eerste);
    }

    static List<String> lijst(XSSFSheet blad, int kolom) {
        return validatie(blad, kolom).getValidationConstraint().getExplicitListValues() == null ? List.of()
                : List.of(validatie(blad, kolom).getValidationConstraint().getExplicitListValues());
    }

    static int soort(XSSFSheet blad, int kolom) {
        return validatie(blad, kolom).getValidationConstraint().getValidationType();
    }

    static DataValidation validatie(XSSFSheet blad, int kolom) {
        return blad.getDataValidations().stream()
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(a -> a.getFirstColumn() <= kolom && a.getLastColumn() >= kolom && a.getFirstRow() == 1))
                .findFirst().orElseThrow(() -> new AssertionError("geen validatie op kolom " + kolom));
    }
}
