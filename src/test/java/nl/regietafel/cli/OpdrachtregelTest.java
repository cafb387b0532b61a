package nl.regietafel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import nl.regietafel.RegietafelApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of SPEC §4: defaults, the newest period, and one Dutch line for every mistake. */
class OpdrachtregelTest {

    @TempDir
    Path tmp;

    Path invoer(String... maanden) throws Exception {
        Path input = tmp.resolve("input");
        for (String m : maanden) Files.createDirectories(input.resolve("retouren").resolve(m));
        Files.createDirectories(input);
        return input;
    }

    @Test
    void zonder_argumenten_de_maand_van_twente_voor_de_nieuwste_periode() {
        Opdracht o = Opdrachtregel.lees(new String[0]);
        // the shipped sample year runs from 2022-12 to 2023-12: the default is its newest month
        assertThat(o).isEqualTo(new Opdracht("maand", YearMonth.of(2023, 12), "VR05", Path.of("input"), Path.of("output")));
    }

    @Test
    void de_nieuwste_periode_is_de_hoogste_map_jjjj_mm() throws Exception {
        Path input = invoer("2022-11", "2023-01", "2022-12", "oud", "2023-1");
        Files.writeString(input.resolve("retouren/2099-12"), "een bestand, geen map");
        assertThat(Opdrachtregel.lees(new String[] {"--input=" + input}).periode()).isEqualTo(YearMonth.of(2023, 1));
    }

    @Test
    void een_map_met_een_onmogelijke_maand_telt_niet_mee() throws Exception {
        Path input = invoer("2022-12", "2023-13", "2023-00");
        assertThat(Opdrachtregel.lees(new String[] {"--input=" + input}).periode()).isEqualTo(YearMonth.of(2022, 12));
    }

    @Test
    void alle_opties() throws Exception {
        Path input = invoer();
        Opdracht o = Opdrachtregel.lees(new String[] {"--job=rapportage", "--periode=2023-02", "--regio=pv23",
                "--input=" + input, "--output=uit", "--spring.profiles.active=postgres", "--regietafel.data-map=x"});
        assertThat(o).isEqualTo(new Opdracht("rapportage", YearMonth.of(2023, 2), "PV23", input, Path.of("uit")));
    }

    @Test
    void regio_codes() throws Exception {
        for (String goed : new String[] {"VR01", "VR25", "PV20", "PV31", "NL", "vr05"}) {
            assertThat(Opdrachtregel.lees(new String[] {"--regio=" + goed}).regio()).isEqualTo(goed.toUpperCase());
        }
        // the last one counts: what the child's JVM options are chosen by too (Relauncher, a national run)
        assertThat(Opdrachtregel.lees(new String[] {"--regio=NL", "--regio=vr05"}).regio()).isEqualTo("VR05");
        for (String fout : new String[] {"VR00", "VR26", "PV19", "PV32", "Twente", ""}) {
            assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"--regio=" + fout}))
                    .isInstanceOf(OngeldigeOpdrachtException.class)
                    .hasMessage("Onbekende regio '" + fout.toUpperCase() + "': gebruik VR01–VR25, PV20–PV31 of NL.");
        }
    }

    @Test
    void ongeldige_periode() {
        for (String fout : new String[] {"2022-13", "12-2022", "2022-1", "december", ""}) {
            assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"--periode=" + fout}))
                    .isInstanceOf(OngeldigeOpdrachtException.class)
                    .hasMessage("Ongeldige periode '" + fout + "': gebruik jjjj-mm, bijvoorbeeld 2022-12.");
        }
    }

    @Test
    void onbekende_job() {
        assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"--job=alles"}))
                .hasMessage("Onbekende job 'alles': kies maand, import, verdeling, rapportage of uitvraag.");
    }

    @Test
    void onbekende_optie_en_los_argument() {
        assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"--regoi=VR05"}))
                .hasMessage("Onbekende optie '--regoi'. Zie --help.");
        assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"maand"}))
                .hasMessage("Onbekend argument 'maand'. Zie --help.");
    }

    @Test
    void ontbrekende_invoermap_en_geen_periode() throws Exception {
        assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"--input=" + tmp.resolve("bestaat-niet")}))
                .hasMessage("Invoermap '" + tmp.resolve("bestaat-niet") + "' bestaat niet.");
        Path leeg = invoer();
        assertThatThrownBy(() -> Opdrachtregel.lees(new String[] {"--input=" + leeg}))
                .hasMessageStartingWith("Geen periode opgegeven en geen map jjjj-mm gevonden onder ");
    }

    @Test
    void help_drukt_de_tekst_af_zonder_spring_te_starten() {
        assertThat(Opdrachtregel.vraagtHulp(new String[] {"--periode=2022-12", "--help"})).isTrue();
        assertThat(Opdrachtregel.vraagtHulp(new String[] {"-h"})).isTrue();
        PrintStream was = System.out;
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(uit, true, StandardCharsets.UTF_8));
            // returns: a run of the job (Spring) ends in System.exit, which would end this test's JVM instead
            RegietafelApplication.main(new String[] {"--help", "--job=bestaat-niet"});
        } finally {
            System.setOut(was);
        }
        assertThat(uit.toString(StandardCharsets.UTF_8)).isEqualTo(Opdrachtregel.HULP)
                .contains("--job=maand|import|verdeling|rapportage|uitvraag", "--periode=jjjj-mm", "--regio=CODE", "Afsluitcodes");
    }
}
