package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import nl.regietafel.benchmark.Pakketinhoud;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relaunched child runs with the bean definitions the build's ahead-of-time step wrote
 * ({@code spring.aot.enabled}, see nl.regietafel.AotMain); every other test runs without them.
 * So what only breaks ahead of time (a bean the step left out, a condition decided at build
 * time) shows here: the real main, both ways, on the test class path, which has the step's code
 * because the build runs the step before the tests.
 */
class AotTest {

    @TempDir
    Path tmp;

    @Test
    void dezelfde_documenten_als_zonder_aot() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Map<String, String> zonder = pakket(Kindproces.in(tmp.resolve("zonder")), input);
        Map<String, String> met = pakket(Kindproces.in(tmp.resolve("met")).metAot(), input);

        assertThat(zonder).containsKeys("VR05-twente/maandpakket.pdf", "VR05-twente/factsheets/GM0153-enschede.xlsx",
                "VR04-ijsselland/maandpakket.xlsx", "index.html", "controlerapport.pdf", "distributielijst.csv");
        assertThat(met.keySet()).isEqualTo(zonder.keySet());
        zonder.forEach((bestand, inhoud) -> assertThat(met.get(bestand)).as(bestand).isEqualTo(inhoud));
        // the logging set-up comes from the build too; the log file's place is still the run's own
        assertThat(tmp.resolve("met/data/regietafel.log")).isRegularFile();
    }

    /** The mail sender is the one bean of Boot's that a setting decides (spring.mail.host): it must send ahead of time too. */
    @Test
    void verzendt_over_smtp_met_aot() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(vrijePoort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
            Kindproces.Uitkomst u = Kindproces.in(tmp.resolve("verzend")).metAot().draai("--input=" + input,
                    "--output=" + tmp.resolve("output"), "--regietafel.verzend.actief=true",
                    "--regietafel.verzend.proefdraai=false", "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.mail.properties.mail.smtp.localhost=localhost");
            assertThat(u.code()).as(u.stdout() + u.stderr()).isIn(0, 2);
            assertThat(u.stdout()).contains("verzend: 14 berichten verzonden");
            assertThat(smtp.getReceivedMessages()).hasSize(14);
        } finally {
            smtp.stop();
        }
    }

    /** The pre-check still runs before the first bean: refused, one line, and no store opened. */
    @Test
    void een_controle_vooraf_weigert_voor_de_store_met_aot() throws Exception {
        Path input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        Kindproces kind = Kindproces.in(tmp.resolve("ruimte")).metAot();
        Kindproces.Uitkomst u = kind.draai("--input=" + input, "--output=" + tmp.resolve("output"),
                "--regietafel.minimum-vrije-ruimte-mb=" + Long.MAX_VALUE / (1024 * 1024));
        assertThat(u.code()).as(u.stdout() + u.stderr()).isEqualTo(1);
        assertThat(u.stderr()).hasSize(1);
        assertThat(u.stderr().get(0)).startsWith("regietafel: Te weinig vrije schijfruimte");
        assertThat(kind.database().getParent()).as("geen store geopend").satisfiesAnyOf(
                map -> assertThat(map).doesNotExist(), map -> assertThat(map).isEmptyDirectory());
    }

    private static Map<String, String> pakket(Kindproces kind, Path input) throws Exception {
        Path output = Files.createDirectories(kind.dataMap().getParent()).resolve("output");
        Kindproces.Uitkomst u = kind.draai("--input=" + input, "--output=" + output, "--regio=PV23");
        assertThat(u.code()).as(u.stdout() + u.stderr()).isIn(0, 2);
        assertThat(u.stdout()).contains("Klaar");
        return Pakketinhoud.lees(output.resolve("2022-12"));
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
