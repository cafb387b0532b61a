package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.run.Run;
import nl.regietafel.verzend.Verzending;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The verzend step over SMTP (SPEC §9): the sample month, sent to a GreenMail server started in
 * this test on a free loopback port. Each of the 14 gemeenten gets one mail at the address of
 * {@code input/referentie/contacten.csv}, with its factsheet (PDF, XLSX) and uitvraag attached.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:verzend;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/verzend",
        "regietafel.verzend.actief=true",
        "regietafel.verzend.proefdraai=false",
        "spring.mail.properties.mail.smtp.localhost=localhost"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerzendAcceptatieTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(vrijePoort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailserver(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JobStarter starter;
    @Autowired
    Rapportbron bron;
    @Autowired
    Verzending verzending;

    Run run;
    Path periode;
    MimeMessage[] ontvangen;

    @BeforeAll
    void verzendDeMaand() throws Exception {
        run = Maandrun.twente(Maandrun.tempOutput("verzend"));
        assertThat(starter.start("import", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(starter.start("verdeling", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Pakketstubs.maak(run, bron.maandbeeld(run, "VR05", "test").gemeenten());
        assertThat(starter.start("rapportage", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        periode = run.output().resolve("2022-12");
        ontvangen = SMTP.getReceivedMessages();
    }

    @AfterAll
    void stop() {
        SMTP.stop();
    }

    @Test
    void elkeGemeenteKrijgtEenBericht() throws Exception {
        assertThat(ontvangen).hasSize(14);
        List<String> aan = new ArrayList<>();
        for (MimeMessage m : ontvangen) {
            assertThat(m.getRecipients(Message.RecipientType.TO)).hasSize(1);
            aan.add(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress());
            assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("regietafel@twente.example");
        }
        assertThat(aan).doesNotHaveDuplicates().hasSize(14)
                .contains("regietafel@enschede.example", "regietafel@hofvantwente.example", "regietafel@almelo.example")
                .allMatch(a -> a.endsWith(".example"));
    }

    @Test
    void onderwerpEnBijlagenPassenBijDeGemeente() throws Exception {
        MimeMessage hof = bericht("regietafel@hofvantwente.example");
        assertThat(hof.getSubject()).isEqualTo("Factsheet december 2022 en uitvraag januari 2023 — Hof van Twente");
        assertThat(Berichten.bijlagen(hof)).containsExactlyInAnyOrder("GM1735-hof-van-twente.pdf",
                "GM1735-hof-van-twente.xlsx", "GM1735-hof-van-twente-2023-01.xlsx");
        assertThat(Berichten.tekst(hof)).contains("gemeente Hof van Twente", "december 2022", "januari 2023");
        MimeMessage enschede = bericht("regietafel@enschede.example");
        assertThat(enschede.getSubject()).endsWith("— Enschede");
        assertThat(Berichten.bijlagen(enschede)).allMatch(b -> b.startsWith("GM0153-enschede"));
    }

    @Test
    void deVerzendlogTeltElkBerichtEenKeerOokNaEenHerstart() throws Exception {
        Path log = periode.resolve("verzonden/verzendlog.csv");
        assertThat(Files.readAllLines(log)).hasSize(15);
        verzending.verzend(run); // a restart of the step: nobody gets a second mail
        assertThat(SMTP.getReceivedMessages()).hasSize(14);
        assertThat(Files.readAllLines(log)).hasSize(15);
        assertThat(periode.resolve("verzonden")).isDirectoryNotContaining("glob:**.eml");
    }

    MimeMessage bericht(String aan) throws Exception {
        for (MimeMessage m : ontvangen) {
            if (((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(aan)) return m;
        }
        throw new AssertionError("geen bericht aan " + aan);
    }

    static int vrijePoort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
