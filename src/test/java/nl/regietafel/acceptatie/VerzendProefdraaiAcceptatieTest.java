package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.run.Run;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The verzend step as a dry run (SPEC §9): no mail server, each mail written as an .eml file in
 * {@code output/<periode>/verzonden/}. A setting overrides the address of contacten.csv.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:proefdraai;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/proefdraai",
        "regietafel.verzend.actief=true",
        "regietafel.verzend.adressen.GM0153=kernteam-proef@enschede.example"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerzendProefdraaiAcceptatieTest {

    @Autowired
    JobStarter starter;
    @Autowired
    Rapportbron bron;

    Path verzonden;

    @BeforeAll
    void draaiDeMaand() throws Exception {
        Run run = Maandrun.twente(Maandrun.tempOutput("proefdraai"));
        assertThat(starter.start("import", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(starter.start("verdeling", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Pakketstubs.maak(run, bron.maandbeeld(run, "VR05", "test").gemeenten());
        assertThat(starter.start("rapportage", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        verzonden = run.output().resolve("2022-12/verzonden");
    }

    @Test
    void veertienEmlBestanden() throws Exception {
        try (Stream<Path> s = Files.list(verzonden)) {
            List<String> namen = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList();
            assertThat(namen).hasSize(14).contains("GM0153-enschede.eml", "GM1735-hof-van-twente.eml");
        }
        assertThat(Files.readString(verzonden.resolve("verzendlog.csv"))).contains(";proefdraai;");
    }

    @Test
    void hetBerichtIsCompleetEnGaatNaarHetIngesteldeAdres() throws Exception {
        MimeMessage m;
        try (InputStream in = Files.newInputStream(verzonden.resolve("GM0153-enschede.eml"))) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("kernteam-proef@enschede.example");
        assertThat(m.getSubject()).isEqualTo("Factsheet december 2022 en uitvraag januari 2023 — Enschede");
        assertThat(Berichten.bijlagen(m)).containsExactlyInAnyOrder("GM0153-enschede.pdf", "GM0153-enschede.xlsx",
                "GM0153-enschede-2023-01.xlsx");
        assertThat(Berichten.tekst(m)).contains("Beste collega", "gemeente Enschede", "- GM0153-enschede.pdf");
    }

    @Test
    void deDistributielijstNoemtAdresEnBestanden() throws Exception {
        List<String> csv = Files.readAllLines(verzonden.getParent().resolve("distributielijst.csv"));
        assertThat(csv).hasSize(15);
        assertThat(csv.get(0)).startsWith("\uFEFFGemeentecode;Gemeente;Veiligheidsregio;Contact (ingevuld door)");
        assertThat(csv).anySatisfy(r -> assertThat(r).startsWith("GM0153;Enschede;Twente;")
                .contains("kernteam-proef@enschede.example;instelling;factsheets/GM0153-enschede.pdf;"
                        + "factsheets/GM0153-enschede.xlsx;uitvraag/GM0153-enschede-2023-01.xlsx"));
        assertThat(csv).anySatisfy(r -> assertThat(r).startsWith("GM0141;Almelo;").contains("regietafel@almelo.example;contacten.csv"));
    }
}
