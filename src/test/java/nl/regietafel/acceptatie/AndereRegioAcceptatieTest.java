package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.cli.Opdracht;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.ingest.ReferentieReader;
import nl.regietafel.run.Run;
import nl.regietafel.store.BerekeningRepository;
import nl.regietafel.uitvraag.UitvraagFormulier;

/**
 * Groningen (VR01) and then the provincie Drenthe (PV22) on returns this test makes, with the
 * shipped reference data and the BZK letter of 28-11-2022 only (its provincial opgaven come from
 * the COA page, input/referentie/coa-provinciale-opgaven-2024-01-01.csv), without region settings.
 * Both into the same output folder: they end up side by side.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:andere-regio;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/andere-regio"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AndereRegioAcceptatieTest {

    static final YearMonth DECEMBER = YearMonth.of(2022, 12);
    static final Peildatum JAN_2024 = Peildatum.of("2024-01-01");

    @Autowired
    JobStarter starter;
    @Autowired
    BerekeningRepository berekeningen;

    Path werk;
    Path periode;
    Gebiedsindeling indeling;

    @BeforeAll
    void tweeRegiosOpEigenRetouren() throws Exception {
        werk = Files.createTempDirectory("regietafel-andere-regio");
        Path input = werk.resolve("input");
        kopieer(Path.of("input/referentie"), input.resolve("referentie"));
        Files.createDirectories(input.resolve("landelijk"));
        Files.createDirectories(input.resolve("profielen"));
        String brief = "bzk-brief-2022-11-28-capaciteitsbehoefte-asielopvang.xlsx";
        Files.copy(Path.of("input/landelijk", brief), input.resolve("landelijk").resolve(brief));
        Files.copy(Path.of("input/profielen/bzk-capaciteitsbehoefte-asielopvang.yaml"),
                input.resolve("profielen/bzk-capaciteitsbehoefte-asielopvang.yaml"));
        Files.writeString(input.resolve("landelijk/documenten.yaml"), """
                documenten:
                  - bestand: bzk-brief-2022-11-28-capaciteitsbehoefte-asielopvang.xlsx
                    profiel: bzk-capaciteitsbehoefte-asielopvang
                    titel: "Brief bijgestelde capaciteitsbehoefte asielopvang"
                    kenmerk: ""
                    datum: 2022-11-28
                    uitgever: "Ministerie van BZK"
                """, StandardCharsets.UTF_8);
        indeling = ReferentieReader.lees(input.resolve("referentie")).waarde().indeling();
        Path retouren = Files.createDirectories(input.resolve("retouren/2022-12"));
        for (String vr : List.of("VR01", "VR03")) {
            for (Gemeente g : indeling.gemeenten(vr)) retour(g, retouren);
        }

        Path output = werk.resolve("output");
        for (String regio : List.of("VR01", "PV22")) {
            Run run = Run.van(new Opdracht("maand", DECEMBER, regio, input, output), JobStarter.nieuwRunId());
            assertThat(starter.start("maand", run).getStatus()).as(regio).isEqualTo(BatchStatus.COMPLETED);
        }
        periode = output.resolve("2022-12");
    }

    @AfterAll
    void ruimOp() throws IOException {
        try (Stream<Path> alles = Files.walk(werk)) {
            for (Path p : alles.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** A return as a gemeente fills in the uitvraag: one AZC in use, 10 places per letter of its name. */
    void retour(Gemeente g, Path map) throws IOException {
        Locatie azc = new Locatie(g.code() + "-01", "AZC " + g.naam(), g.naam(), Doelgroep.ASIELZOEKERS, LocatieSoort.AZC,
                10L * g.naam().length(), 5L * g.naam().length(), LocatieStatus.IN_GEBRUIK, LocalDate.of(2022, 3, 1), null, null, List.of());
        var inhoud = new UitvraagFormulier.Inhoud(g.code(), g.naam(), DECEMBER, "Ambtenaar " + g.naam(), LocalDate.of(2022, 12, 20),
                List.of(azc), List.of(), List.of(), Set.of(), Map.of(), "de regietafel", Set.of(), null, null);
        try (XSSFWorkbook wb = UitvraagFormulier.maak(inhoud);
             OutputStream out = Files.newOutputStream(map.resolve(g.code() + "-" + g.bestandsnaam() + ".xlsx"))) {
            wb.write(out);
        }
    }

    @Test
    void beideGebiedenStaanNaastElkaar() throws Exception {
        assertThat(periode.resolve("VR01-groningen/maandpakket.pdf")).isRegularFile();
        assertThat(periode.resolve("PV22-drenthe/VR03-drenthe/maandpakket.pdf")).isRegularFile();
        assertThat(Files.readString(periode.resolve("index.html")))
                .contains("VR01-groningen/index.html", "PV22-drenthe/index.html", "Groningen", "Drenthe");
    }

    @Test
    void deLosseUitvraagKomtInDeMapVanHaarGebied() throws Exception {
        Run run = Run.van(new Opdracht("uitvraag", DECEMBER, "VR01", werk.resolve("input"), werk.resolve("output")),
                JobStarter.nieuwRunId());
        assertThat(starter.start("uitvraag", run).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(periode.resolve("VR01-groningen/uitvraag/GM0014-groningen-2023-01.xlsx")).isRegularFile();
        assertThat(periode.resolve("uitvraag")).doesNotExist();
    }

    @Test
    void geenEnkelDocumentNoemtTwente() throws Exception {
        List<String> gevonden = new ArrayList<>();
        try (Stream<Path> alles = Files.walk(periode)) {
            for (Path p : alles.filter(Files::isRegularFile).toList()) {
                if (tekst(p).toLowerCase(Locale.ROOT).contains("twent")) gevonden.add(periode.relativize(p).toString());
            }
        }
        assertThat(gevonden).isEmpty();
        // and the neutral wording instead
        assertThat(tekst(periode.resolve("VR01-groningen/maandpakket.pdf"))).contains("Regietafel Groningen");
    }

    @Test
    void vastgesteldeProvincialeOpgavenVanDeCoaPaginaWordenVerdeeld() {
        // COA page, per 1-1-2024: Groningen 3.827 (amv 171), Drenthe 3.533 (amv 144); each provincie is one veiligheidsregio.
        assertThat(regioTotaal("VR01", "PV20", Opgave.ASIEL)).isEqualTo(3_827L);
        assertThat(regioTotaal("VR01", "PV20", Opgave.ASIEL_AMV)).isEqualTo(171L);
        assertThat(regioTotaal("VR03", "PV22", Opgave.ASIEL)).isEqualTo(3_533L);
        assertThat(regioTotaal("VR03", "PV22", Opgave.ASIEL_AMV)).isEqualTo(144L);
        // The gemeenten share exactly that figure of record.
        assertThat(gemeentesom("VR01", Opgave.ASIEL)).isEqualTo(3_827L);
        assertThat(gemeentesom("VR03", Opgave.ASIEL_AMV)).isEqualTo(144L);
    }

    @Test
    void somsKloppenOpElkNiveau() {
        for (String vr : List.of("VR01", "VR03")) {
            List<VerdelingRegel> regels = regels(vr);
            assertThat(regels).isNotEmpty();
            Map<String, List<VerdelingRegel>> groepen = regels.stream()
                    .collect(Collectors.groupingBy(r -> r.sleutel() + "|" + r.ouderCode()));
            groepen.forEach((groep, lijst) -> assertThat(lijst.stream().mapToLong(VerdelingRegel::berekend).sum())
                    .as(vr + " " + groep).isEqualTo(lijst.get(0).totaal()));
            // Asielzoekers 1-1-2023: only a national figure (61.200, the letter's) — shared over all 25 regions, exactly.
            assertThat(regels.stream().filter(r -> r.sleutel().opgave() == Opgave.ASIEL && r.ouderCode().equals("NL")
                    && r.sleutel().peildatum().equals(Peildatum.of("2023-01-01"))).mapToLong(VerdelingRegel::berekend).sum())
                    .isEqualTo(61_200L);
        }
    }

    private List<VerdelingRegel> regels(String vr) {
        return berekeningen.regels(berekeningen.kop(DECEMBER, vr).orElseThrow().id());
    }

    private long regioTotaal(String vr, String pv, Opgave opgave) {
        VerdelingRegel r = regels(vr).stream().filter(x -> x.sleutel().opgave() == opgave && x.sleutel().peildatum().equals(JAN_2024)
                && x.ouderCode().equals(pv) && x.gebiedCode().equals(vr)).findFirst().orElseThrow();
        assertThat(r.totaalBronId()).as("figure of record of " + pv).isNotNull();
        return r.berekend();
    }

    private long gemeentesom(String vr, Opgave opgave) {
        return regels(vr).stream().filter(x -> x.sleutel().opgave() == opgave && x.sleutel().peildatum().equals(JAN_2024)
                && x.ouderCode().equals(vr)).mapToLong(VerdelingRegel::berekend).sum();
    }

    /** The text a reader sees: PDF text and properties, every part of an XLSX, else the file as UTF-8. */
    static String tekst(Path p) throws IOException {
        String naam = p.getFileName().toString();
        if (naam.endsWith(".pdf")) {
            PdfReader r = new PdfReader(p.toString());
            try {
                StringBuilder sb = new StringBuilder(r.getInfo().toString());
                PdfTextExtractor x = new PdfTextExtractor(r);
                for (int i = 1; i <= r.getNumberOfPages(); i++) sb.append(x.getTextFromPage(i));
                return sb.toString();
            } finally {
                r.close();
            }
        }
        if (naam.endsWith(".xlsx")) {
            StringBuilder sb = new StringBuilder();
            try (InputStream in = Files.newInputStream(p); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (e.getName().endsWith(".xml")) sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return sb.toString();
        }
        if (naam.endsWith(".png") || naam.endsWith(".jpg")) return "";
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        Files.createDirectories(naar);
        try (Stream<Path> s = Files.list(van)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, naar.resolve(p.getFileName()));
        }
    }
}
