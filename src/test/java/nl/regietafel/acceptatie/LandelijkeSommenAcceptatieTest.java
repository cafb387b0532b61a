package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * A national document checked whole, whatever region the run is for: COA's table of provincial
 * opgaven per 1-1-2024 (test resource {@code landelijk/coa-provinciale-opgaven-2024-01-01.csv},
 * source in {@code landelijk/SOURCES.md}) added as a new user would, in the layout of the shipped
 * profile {@code bzk-capaciteitsbehoefte-asielopvang}. Its twelve provinces add up to 75.499
 * (3.533 + 3.432 + 3.744 + 7.454 + 3.827 + 4.284 + 9.456 + 11.072 + 4.001 + 4.681 + 1.422 + 18.593),
 * the table prints 75.500. The run is for Overijssel, two veiligheidsregio's: the check is listed once.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:landelijke-sommen;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/landelijke-sommen"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandelijkeSommenAcceptatieTest {

    static final String BESTAND = "coa-provinciale-opgaven-2024-01-01.xlsx";

    @Autowired
    JobStarter starter;

    Path input;
    Path output;
    List<List<String>> controles;

    @BeforeAll
    void runMetDeCoaTabel() throws Exception {
        input = Pakketstubs.kopieVanInput("landelijke-sommen");
        schrijfCoaTabel(input.resolve("landelijk").resolve(BESTAND));
        Files.writeString(input.resolve("landelijk/documenten.yaml"), """
                  - bestand: %s
                    profiel: bzk-capaciteitsbehoefte-asielopvang
                    titel: "Provinciale opgaven per 1 januari 2024"
                    kenmerk: ""
                    datum: 2022-11-28
                    uitgever: "COA"
                """.formatted(BESTAND), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        output = Maandrun.tempOutput("landelijke-sommen");
        Run run = Run.van(new Opdracht("maand", Maandrun.DECEMBER_2022, "PV23", input, output), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (XSSFWorkbook wb = new XSSFWorkbook(output.resolve("2022-12/controlerapport.xlsx").toFile())) {
            Sheet blad = wb.getSheet("Controles");
            controles = ControlerapportAcceptatieTest.rijen(blad, ControlerapportAcceptatieTest.kopRij(blad, "Code"));
        }
    }

    @AfterAll
    void ruimOp() {
        FileSystemUtils.deleteRecursively(input.toFile());
        FileSystemUtils.deleteRecursively(output.toFile());
    }

    @Test
    void deProvinciesTellenOpTot75499TegenoverHetVermelde75500EenmaalAlsAfwijking() {
        // columns: code, controle, invoer, verwacht, gevonden, uitkomst, regio
        List<List<String>> som = controles.stream()
                .filter(r -> r.get(3).equals("som van de delen 75.499")).toList();
        assertThat(som).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("SOM-ASIEL-2024-01-01-NL");
            assertThat(r.get(1)).contains("delen van Nederland", "Provinciale opgaven per 1 januari 2024");
            assertThat(r.get(2)).contains("Overijssel 4.001", "Zuid-Holland 18.593");
            assertThat(r.get(4)).isEqualTo("vermeld totaal 75.500 (verschil +1)");
            assertThat(r.get(5)).isEqualTo("Afwijking");
        });
    }

    @Test
    void geenControleStaatTweemaalInHetRapport() {
        // a check is its code with what it found: national documents' checks come out of both regions alike
        List<String> sleutels = controles.stream().map(r -> String.join("|", r.subList(0, 6))).toList();
        assertThat(sleutels).doesNotHaveDuplicates();
        assertThat(controles.stream().map(r -> r.get(0)).filter(c -> c.startsWith("BRONNEN-ASIEL-NL-2024-01-01")))
                .hasSize(1);
    }

    /** The CSV as a sheet in the layout the profile reads: code, name, the profile's five columns (only 1-1-2024 filled). */
    static void schrijfCoaTabel(Path doel) throws Exception {
        List<String> regels;
        try (InputStream in = LandelijkeSommenAcceptatieTest.class.getResourceAsStream("/landelijk/coa-provinciale-opgaven-2024-01-01.csv")) {
            regels = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream uit = Files.newOutputStream(doel)) {
            Sheet blad = wb.createSheet("Capaciteitsbehoefte");
            blad.createRow(0).createCell(0).setCellValue("Provinciale opgaven per 1 januari 2024 totaal (COA)");
            Row kop = blad.createRow(2);
            String[] koppen = {"Code", "Provincie", "Benodigde opvangcapaciteit per 1-1-2023", "Benodigde opvangcapaciteit per 1-1-2024",
                    "waarvan AMV per 1-1-2023", "waarvan AMV per 1-1-2024", "Huisvesting minderjarige statushouders (Nidos) 2024"};
            for (int i = 0; i < koppen.length; i++) kop.createCell(i).setCellValue(koppen[i]);
            int r = 3;
            for (String regel : regels.subList(1, regels.size())) {
                String[] v = regel.split(",", -1);
                Row rij = blad.createRow(r++);
                if (!v[1].isEmpty()) rij.createCell(0).setCellValue(v[1]);
                rij.createCell(1).setCellValue(v[0]);
                rij.createCell(3).setCellValue(Long.parseLong(v[2]));
            }
            wb.write(uit);
        }
    }
}
