package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.run.Run;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code index.html} of the sample month, as a browser shows it: headless Chromium opens it from
 * the file system and dumps the DOM; the procesplan's figures must be on the page and every link
 * must point at a file in the package. Skipped when Chromium is not installed ({@code .ci/run}
 * installs it).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:indexpagina;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/indexpagina"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexpaginaAcceptatieTest {

    @Autowired
    JobStarter starter;
    @Autowired
    Rapportbron bron;

    Path periode;
    String html;

    @BeforeAll
    void runDeMaand() throws Exception {
        Path output = Maandrun.tempOutput("indexpagina");
        Run run = Maandrun.twente(output);
        assertThat(starter.start("import", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(starter.start("verdeling", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Pakketstubs.maak(run, bron.maandbeeld(run, "VR05", "test").gemeenten());
        assertThat(starter.start("rapportage", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        periode = output.resolve("2022-12");
        html = Files.readString(periode.resolve("index.html"));
    }

    @Test
    void dePaginaIsOpZichzelfStaand() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">", "<style>");
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link ", "src=\"");
        // issue 11: the period's stand-date at the top, as on the first page of every PDF
        assertThat(html).contains("Stand per 31 december 2022");
    }

    @Test
    void deMaterieleControlesStaanErMetNaam() {
        // not a bare count: each Afwijking by what was checked and what was found
        String lijst = html.substring(html.indexOf("<ul id=\"afwijkingen\">"));
        lijst = lijst.substring(0, lijst.indexOf("</ul>"));
        assertThat(lijst).contains("Twente vastgesteld 1.754, berekend 1.893, verschil -139").doesNotContain("54 %");
    }

    @Test
    void elkeLinkWijstNaarEenBestandInDeMap() {
        List<String> links = links(html);
        assertThat(links).contains("controlerapport.pdf", "controlerapport.xlsx", "distributielijst.xlsx",
                "distributielijst.csv", "procesplan/procesplan-tabellen.pdf", "factsheets/GM1735-hof-van-twente.pdf",
                "uitvraag/GM1735-hof-van-twente-2023-01.xlsx");
        assertThat(links).allSatisfy(l -> {
            assertThat(l).doesNotStartWith("/").doesNotContain(":");
            assertThat(periode.resolve(URLDecoder.decode(l, StandardCharsets.UTF_8))).isRegularFile();
        });
        assertThat(links).filteredOn(l -> l.startsWith("factsheets/") && l.endsWith(".pdf")).hasSize(14);
        assertThat(links).filteredOn(l -> l.startsWith("uitvraag/")).hasSize(14);
    }

    @Test
    void chromiumToontDeKerncijfers() throws Exception {
        String dom = chromium("--dump-dom", periode.resolve("index.html"));
        assertThat(cijfer(dom, "asiel-2023-04-01-opgave")).isEqualTo("1.944");
        assertThat(cijfer(dom, "asiel-2023-04-01-realisatie")).isEqualTo("794");
        assertThat(cijfer(dom, "asiel-2023-04-01-gap")).isEqualTo("1.150");
        assertThat(cijfer(dom, "asiel-2024-01-01-opgave")).isEqualTo("2.164");
        assertThat(cijfer(dom, "asiel-2024-01-01-gap")).isEqualTo("1.370");
        assertThat(cijfer(dom, "cno-in-gebruik")).isEqualTo("343");
        // available on 1 juli 2023: 2.790 in use minus 270 hotel places ending 30-6-2023
        assertThat(cijfer(dom, "oekraine-realisatie")).isEqualTo("2.520");
        assertThat(cijfer(dom, "afgewezen")).isEqualTo("0");
        assertThat(cijfer(dom, "retouren-ontvangen")).isEqualTo("14");
        assertThat(cijfer(dom, "statushouders-gehuisvest")).matches("[0-9.]+");
        assertThat(cijfer(dom, "samenvatting")).startsWith("Geen bestanden afgewezen");
        assertThat(dom).contains("Veiligheidsregio Twente", "Hof van Twente", "Asielopvang (COA) per 1 april 2023");
    }

    @Test
    void chromiumToontDeKaartenEnStoplichten() throws Exception {
        String dom = chromium("--dump-dom", periode.resolve("index.html"));
        // Three maps (asiel, statushouders, Oekraïne), each one named shape per gemeente of Twente
        assertThat(dom.split("<path class=\"gebied").length - 1).isEqualTo(3 * 14);
        assertThat(dom).contains("data-code=\"GM1735\"", "aria-label=\"Hof van Twente\"");
        // Almelo asiel 1 april 2023: 294 of 224 places (table 4 of the maandpakket) = 131,25 %, shown as 131 %
        assertThat(dom).contains("<title>Almelo — Asielzoekers (incl. AMV's) 1 april 2023: 294 van 224 plekken gerealiseerd (131 %)</title>");
        // Enschede: 0 of 493 → the lightest class, Almelo (≥ 100 %) the darkest: not the same colour
        assertThat(dom).contains("data-code=\"GM0153\" data-waarde=\"0 %\" aria-label=\"Enschede\" fill=\"#ffffcc\"");
        assertThat(dom).contains("data-code=\"GM0141\" data-waarde=\"131 %\" aria-label=\"Almelo\" fill=\"#253494\"");
        // Statushouders 2e helft 2022: Almelo 58 of 60 housed (96,7 %) is below the norm 6/6 × 60 = 60: achter, as table 5 says
        assertThat(dom).contains("<title>Almelo — Statushouders 2e helft 2022: 58 van 60 personen gehuisvest (96 %)</title>");
        Matcher almelo = Pattern.compile("<tr data-gemeente=\"GM0141\">(.*?)</tr>").matcher(dom);
        assertThat(almelo.find()).isTrue();
        // Almelo Oekraïne 1 juli 2023: 220 places still there of 416 = 52,9 % → achter (52 %)
        assertThat(almelo.group(1)).contains("op schema (131 %)", "achter (96 %)", "achter (52 %)");
        // The region: asiel 794 of 1.944 = 40,8 % → ver achter; Oekraïne 2.520 still there on 1 juli 2023 of 3.600 = 70,0 % → achter
        Matcher twente = Pattern.compile("<tr class=\"totaal\" data-regio=\"VR05\">(.*?)</tr>").matcher(dom);
        assertThat(twente.find()).isTrue();
        assertThat(twente.group(1)).contains("ver achter (40 %)", "achter (70 %)");
        // and the key figures carry the same status
        assertThat(cijfer(dom, "asiel-2023-04-01-status")).isEqualTo("ver achter (40 %)");
        assertThat(cijfer(dom, "oekraine-status")).isEqualTo("achter (70 %)");
        // The checks with a deviation are listed, one item each
        Matcher lijst = Pattern.compile("data-cijfer=\"afwijkingen\" data-aantal=\"(\\d+)\">(.*?)</ul>", Pattern.DOTALL).matcher(dom);
        assertThat(lijst.find()).isTrue();
        assertThat(lijst.group(2).split("<li>").length - 1).isEqualTo(Integer.parseInt(lijst.group(1))).isPositive();
    }

    @Test
    void chromiumMaaktEenSchermafdruk() throws Exception {
        Path png = Tijdelijk.bestand("index", ".png");
        chromium("--screenshot=" + png, periode.resolve("index.html"), "--window-size=1200,1600");
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /** Runs headless Chromium on a file URL and returns its standard output; skips when there is no Chromium. */
    static String chromium(String opdracht, Path pagina, String... extra) throws Exception {
        String chromium = chromiumPad();
        Assumptions.assumeTrue(chromium != null, "Chromium niet gevonden (apt-get install chromium): test overgeslagen");
        Path profiel = Tijdelijk.map("chromium-profiel");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profiel, opdracht));
        cmd.addAll(List.of(extra));
        cmd.add(pagina.toUri().toString());
        Path uit = Tijdelijk.bestand("chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(uit.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium reageerde niet binnen 60 s");
        }
        assertThat(p.exitValue()).as("exit code van chromium").isZero();
        return Files.readString(uit);
    }

    static String chromiumPad() {
        for (String naam : List.of("chromium", "chromium-browser")) {
            for (String map : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(map, naam);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }

    static String cijfer(String dom, String sleutel) {
        Matcher m = Pattern.compile("data-cijfer=\"" + Pattern.quote(sleutel) + "\"[^>]*>([^<]*)<").matcher(dom);
        assertThat(m.find()).as("cijfer %s op de pagina", sleutel).isTrue();
        return m.group(1).trim();
    }

    static List<String> links(String html) {
        List<String> uit = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) uit.add(m.group(1));
        return uit;
    }
}
