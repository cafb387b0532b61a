package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.run.Run;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A run over a provincie (Overijssel: IJsselland without returns, Twente with): one index,
 * controlerapport and distributielijst at the top of the period, covering both packages.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:provincie-index;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/provincie-index"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincieIndexAcceptatieTest {

    @Autowired
    JobStarter starter;

    Path periode;

    @BeforeAll
    void runOverijssel() throws Exception {
        Path output = Maandrun.tempOutput("provincie-index");
        Run run = Run.van(new Opdracht("maand", Maandrun.DECEMBER_2022, "PV23", Maandrun.INPUT, output), JobStarter.nieuwRunId());
        assertThat(starter.start("maand", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        periode = output.resolve("2022-12");
    }

    @Test
    void deIndexLinktNaarBeidePakketten() throws Exception {
        String html = Files.readString(periode.resolve("index.html"));
        List<String> links = IndexpaginaAcceptatieTest.links(html);
        assertThat(links).contains("#VR04", "#VR05", "VR04-ijsselland/procesplan/procesplan-tabellen.pdf",
                "VR05-twente/procesplan/procesplan-tabellen.xlsx", "controlerapport.pdf", "distributielijst.csv");
        assertThat(links).filteredOn(l -> !l.startsWith("#")).allSatisfy(l ->
                assertThat(periode.resolve(URLDecoder.decode(l, StandardCharsets.UTF_8))).isRegularFile());
        assertThat(html).contains("Veiligheidsregio IJsselland", "Veiligheidsregio Twente", "Zwolle", "Enschede");
    }

    @Test
    void deDistributielijstTeltAlleGemeentenVanDeProvincie() throws Exception {
        List<String> csv = Files.readAllLines(periode.resolve("distributielijst.csv"));
        assertThat(csv).hasSize(1 + 25);
        assertThat(csv).anySatisfy(r -> assertThat(r).startsWith("GM0193;Zwolle;IJsselland;").contains("geen e-mailadres"));
    }

    @Test
    void gemeentenZonderRetourZijnWaarschuwingen() throws Exception {
        // IJsselland's 11 gemeenten sent no return: each one a warning, and the package says what its figures rest on
        try (XSSFWorkbook wb = new XSSFWorkbook(periode.resolve("controlerapport.xlsx").toFile())) {
            Sheet blad = wb.getSheet("Waarschuwingen");
            List<List<String>> rijen = ControlerapportAcceptatieTest.rijen(blad, ControlerapportAcceptatieTest.kopRij(blad, "Bestand"));
            assertThat(rijen).filteredOn(r -> r.get(4).startsWith("geen maandretour van ")).hasSize(11)
                    .anySatisfy(r -> assertThat(r.get(4)).isEqualTo(
                            "geen maandretour van Zwolle (GM0193) ontvangen; de realisatie van Zwolle telt deze maand als 0"));
        }
        String pdf = MaandpakketAcceptatieTest.tekst(periode.resolve("VR04-ijsselland/maandpakket.pdf"));
        MaandpakketAcceptatieTest.bevat(pdf, "(gerealiseerd op basis van 0 van de 11 maandretouren)");
    }

    @Test
    void hetControlerapportHeeftDeControlesVanBeideRegios() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(periode.resolve("controlerapport.xlsx").toFile())) {
            Sheet blad = wb.getSheet("Controles");
            int kop = ControlerapportAcceptatieTest.kopRij(blad, "Code");
            assertThat(ControlerapportAcceptatieTest.rijen(blad, kop)).extracting(r -> r.get(6))
                    .contains("VR04 IJsselland", "VR05 Twente");
        }
    }
}
