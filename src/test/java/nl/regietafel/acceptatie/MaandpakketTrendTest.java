package nl.regietafel.acceptatie;

import static nl.regietafel.acceptatie.MaandpakketAcceptatieTest.bevat;
import static nl.regietafel.acceptatie.MaandpakketAcceptatieTest.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two periods: the sample returns copied as November 2022 with Almelo's AZC at 250 places instead
 * of 294 and Enschede's new AZC plan not yet there, then December as shipped. The maandpakket and
 * PRT-inbreng of December show the change against November.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:maandpakket-trend;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/maandpakket-trend"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaandpakketTrendTest {

    @Autowired
    JobStarter starter;

    XSSFWorkbook december;
    XSSFWorkbook prt;
    String pdf;

    @BeforeAll
    void tweeMaanden() throws Exception {
        Path input = Tijdelijk.map("regietafel-trend-input");
        for (String map : List.of("landelijk", "profielen", "referentie", "retouren/2022-12")) {
            kopieer(Maandrun.INPUT.resolve(map), input.resolve(map));
        }
        Path november = Files.createDirectories(input.resolve("retouren/2022-11"));
        try (Stream<Path> retouren = Files.list(Maandrun.INPUT.resolve("retouren/2022-12"))) {
            for (Path retour : retouren.toList()) {
                november(retour, november.resolve(retour.getFileName()));
            }
        }
        Path output = Maandrun.tempOutput("maandpakket-trend");
        Run nov = Run.van(new Opdracht("maand", YearMonth.of(2022, 11), "VR05", input, output), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", nov).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Run dec = Run.van(new Opdracht("maand", YearMonth.of(2022, 12), "VR05", input, output), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", dec).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path map = output.resolve("2022-12");
        december = new XSSFWorkbook(map.resolve("maandpakket.xlsx").toFile());
        prt = new XSSFWorkbook(map.resolve("prt-inbreng.xlsx").toFile());
        pdf = MaandpakketAcceptatieTest.tekst(map.resolve("maandpakket.pdf"));
    }

    @Test
    void gerealiseerdePlekkenGestegen() {
        List<Object> april = rij(december.getSheet("Overzicht"), "Asielzoekers (incl. AMV's)", "1 april 2023");
        // gerealiseerd 794 now, 750 in November: up by 44
        assertThat(april.get(7)).isEqualTo(794L);
        assertThat(april.get(12)).isEqualTo(44L);
        assertThat(april.get(13)).isEqualTo("+44 t.o.v. november 2022");
        // Oekraïne unchanged
        assertThat(rij(december.getSheet("Overzicht"), "Oekraïense ontheemden", "1 juli 2023").get(13))
                .isEqualTo("gelijk aan november 2022");
        // the note number follows the opgave figure (1.944 with note 1)
        bevat(pdf, "1 april 2023 1.9441 794 0 794 1.150 0 0 1.150 +44");
        bevat(pdf, "Trend: verschil in beschikbaar op de peildatum ten opzichte van november 2022.");
        assertThat(rij(prt.getSheet("Positie"), "Asielzoekers (incl. AMV's)", "1 april 2023").get(13))
                .isEqualTo("+44 t.o.v. november 2022");
    }

    /** A copy of a December return as November's: Peilmaand 2022-11, Almelo's AZC (GM0141-01) at 250 places. */
    static void november(Path bron, Path doel) throws Exception {
        try (InputStream in = Files.newInputStream(bron); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet gemeente = wb.getSheet("Gemeente");
            for (Row r : gemeente) {
                if (r.getCell(0) != null && "Peilmaand".equals(r.getCell(0).getStringCellValue())) {
                    r.getCell(1).setCellValue("2022-11");
                }
            }
            Sheet locaties = wb.getSheet("Locaties");
            for (Row r : locaties) {
                if (r.getCell(0) != null && "GM0141-01".equals(r.getCell(0).getStringCellValue())) {
                    r.getCell(5).setCellValue(250);
                }
            }
            try (OutputStream uit = Files.newOutputStream(doel)) {
                wb.write(uit);
            }
        }
    }

    static void kopieer(Path van, Path naar) throws Exception {
        try (Stream<Path> alles = Files.walk(van)) {
            for (Path p : alles.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(doel);
                else Files.copy(p, doel);
            }
        }
    }
}
