package nl.regietafel.robuust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a user meets (SPEC §7), each in a child JVM as the shell runs it: exit 1, exactly one
 * Dutch line on stderr that says what to do, no stack trace on the console, and the package
 * published before byte-for-byte unchanged. A store half-made by a killed first run is rebuilt;
 * one with data is refused, never dropped.
 */
class FoutenVoorafTest {

    @TempDir
    static Path tmp;

    static Path input;
    static Path output;
    static Map<String, String> gepubliceerd;

    @BeforeAll
    static void eenGepubliceerdPakket() throws Exception {
        input = Invoerbank.kopieVanInput(tmp.resolve("input"));
        output = tmp.resolve("output");
        Kindproces.Uitkomst u = Kindproces.in(tmp.resolve("eerste")).draai("--input=" + input, "--output=" + output);
        assertThat(u.code()).as(u.stdout()).isZero();
        gepubliceerd = Kindproces.bestanden(output.resolve("2022-12"));
        assertThat(gepubliceerd).containsKey("maandpakket.pdf");
    }

    /** Exit 1, one line starting "regietafel: " with {@code tekst}, no stack trace, the package untouched. */
    static void eenRegel(Kindproces.Uitkomst u, String... tekst) throws Exception {
        assertThat(u.code()).as(u.stdout() + u.stderr()).isEqualTo(1);
        assertThat(u.stderr()).as("één regel op stderr").hasSize(1);
        assertThat(u.stderr().get(0)).startsWith("regietafel: ").contains(tekst);
        assertThat(u.stdout()).as("geen stack trace").doesNotContain("\tat ", "Exception");
        assertThat(Kindproces.bestanden(output.resolve("2022-12"))).isEqualTo(gepubliceerd);
    }

    Kindproces.Uitkomst draai(String naam, String... args) throws Exception {
        return Kindproces.in(tmp.resolve(naam)).draai(args);
    }

    @Test
    void een_uitvoermap_die_geen_map_is() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("uitvoer.txt"), "geen map");
        Kindproces.Uitkomst u = draai("uitvoer", "--input=" + input, "--output=" + bestand);
        eenRegel(u, "regietafel: Uitvoermap '" + bestand + "' is niet beschrijfbaar (het is een bestand, geen map):"
                + " kies met --output een map waarin u mag schrijven.");
        assertThat(Files.readString(bestand)).isEqualTo("geen map");
    }

    @Test
    void te_weinig_vrije_ruimte_volgens_de_drempel() throws Exception {
        Kindproces.Uitkomst u = draai("ruimte", "--input=" + input, "--output=" + output,
                "--regietafel.minimum-vrije-ruimte-mb=" + Long.MAX_VALUE / (1024 * 1024));
        eenRegel(u, "Te weinig vrije schijfruimte voor '" + output + "'", "MB vrij, minimaal 8796093022207 MB nodig",
                "Maak ruimte vrij of kies met --output een andere schijf (de drempel is --regietafel.minimum-vrije-ruimte-mb).");
    }

    @Test
    void een_periode_zonder_retouren_en_een_periode_voor_de_gegevens() throws Exception {
        eenRegel(draai("januari", "--input=" + input, "--output=" + output, "--periode=2023-01"),
                "regietafel: Geen maandretouren voor 2023-01: de map " + input.resolve("retouren/2023-01") + " bestaat niet."
                        + " Zet de retouren daar neer of kies met --periode een maand waarvoor ze er zijn (2022-12).");
        eenRegel(draai("1999", "--input=" + input, "--output=" + output, "--periode=1999-01"),
                "regietafel: Periode 1999-01 ligt vóór de referentiegegevens (inwoners per 2022-01-01): kies een periode vanaf 2022-01.");
        // after the reference data, before the oldest national document (Veiligheidsberaad, 31-3-2022)
        eenRegel(draai("februari", "--input=" + input, "--output=" + output, "--periode=2022-02"),
                "regietafel: Periode 2022-02 ligt vóór het oudste landelijke document"
                        + " (veiligheidsberaad-2022-03-opvang-oekraine.xlsx, 2022-03-31): kies een periode vanaf 2022-03.");
    }

    @Test
    void een_ontbrekende_invoermap() throws Exception {
        eenRegel(draai("geeninvoer", "--input=" + tmp.resolve("nergens"), "--output=" + output),
                "regietafel: Invoermap '" + tmp.resolve("nergens") + "' bestaat niet.");
    }

    @Test
    void een_halfgemaakte_lege_store_wordt_opnieuw_opgebouwd() throws Exception {
        Kindproces kind = Kindproces.in(tmp.resolve("half-leeg"));
        // what a kill during the first migration leaves: some batch tables, no Flyway history
        sql(kind, "CREATE TABLE BATCH_JOB_INSTANCE (JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY, JOB_NAME VARCHAR(100))",
                "CREATE SEQUENCE BATCH_JOB_INSTANCE_SEQ");
        Path eigenUitvoer = tmp.resolve("half-leeg-uitvoer");

        Kindproces.Uitkomst u = kind.draai("--input=" + input, "--output=" + eigenUitvoer);

        assertThat(u.code()).as(u.stdout() + u.stderr()).isZero();
        assertThat(u.stdout()).contains("half aangemaakt en bevat nog geen gegevens: ze wordt opnieuw opgebouwd", "Klaar.");
        assertThat(telling(kind, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")).isZero();
        assertThat(telling(kind, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IN ('1', '2', '3')")).isEqualTo(3);
        assertThat(telling(kind, "SELECT COUNT(*) FROM retour")).isEqualTo(14);
        assertThat(eigenUitvoer.resolve("2022-12/maandpakket.pdf")).isRegularFile();
    }

    @Test
    void een_halfgemaakte_store_met_gegevens_wordt_nooit_gewist() throws Exception {
        Kindproces kind = Kindproces.in(tmp.resolve("half-vol"));
        sql(kind, "CREATE TABLE GEBIED (CODE VARCHAR(6) PRIMARY KEY)", "INSERT INTO GEBIED VALUES ('GM0153')");

        eenRegel(kind.draai("--input=" + input, "--output=" + output),
                "regietafel: De database (" + kind.url() + ") is niet volledig aangemaakt, maar tabel \"PUBLIC\".\"GEBIED\""
                        + " bevat al 1 rij(en); ze wordt niet gewist. Zet de database opzij (bij H2: hernoem de map data/)"
                        + " en draai opnieuw, of vraag de technische ondersteuning.");
        assertThat(telling(kind, "SELECT COUNT(*) FROM GEBIED")).isEqualTo(1);
    }

    @Test
    void een_slechte_regel_in_het_manifest_wijst_alleen_dat_document_af() throws Exception {
        // line 12 of the sample's manifest is the second entry's file: point it outside the input folder
        Path eigenInvoer = metBestandBuitenDeMap("manifest-invoer", "prt-overijssel-verdeling-per-veiligheidsregio.xlsx");

        Kindproces.Uitkomst u = draai("manifest", "--input=" + eigenInvoer, "--output=" + tmp.resolve("manifest-uitvoer"));

        assertThat(u.code()).as(u.stdout() + u.stderr()).isEqualTo(2);
        assertThat(u.stdout()).contains("landelijk: 10 documenten, 9 aanvaard, 1 afgewezen",
                "afgewezen: landelijk/documenten.yaml, rij 12, kolom documenten[2].bestand: document 2 niet gebruikt:"
                        + " '../referentie/SOURCES.md' ligt buiten de map van het manifest");
        assertThat(tmp.resolve("manifest-uitvoer/2022-12/maandpakket.pdf")).isRegularFile();
    }

    @Test
    void een_pakket_zonder_opgaven_door_afgewezen_configuratie_wordt_niet_gepubliceerd() throws Exception {
        Path eigenInvoer = Invoerbank.kopieVanInput(tmp.resolve("zonder-opgaven"));
        Files.writeString(eigenInvoer.resolve("landelijk/documenten.yaml"), "documenten: [ kapot\n");

        // a new store: without the manifest not a single opgave; the package published before stays
        eenRegel(draai("zonder-opgaven-store", "--input=" + eigenInvoer, "--output=" + output),
                "regietafel: Geen enkele landelijke opgave bruikbaar, want de configuratie is afgewezen (documenten.yaml",
                "geen geldige YAML", "Er is niets gepubliceerd: herstel landelijk/documenten.yaml of het profiel en draai opnieuw.");
    }

    @Test
    void een_afgewezen_regel_waarvan_de_opgave_nergens_anders_staat_publiceert_niets() throws Exception {
        // line 33 is the fifth entry, the DG Oekraïne letter: the only document with the Oekraïne opgave per 1-7-2023
        Path eigenInvoer = metBestandBuitenDeMap("verdwijnende-opgave", "dg-oekraine-brief-2022-12-16-opvangplekken-per-veiligheidsregio.xlsx");

        // a new store: the rejected entry's profile names the opgave, no other document carries it
        eenRegel(draai("verdwijnende-opgave-store", "--input=" + eigenInvoer, "--output=" + output),
                "regietafel: Opgave Oekraïense ontheemden per 1 juli 2023 zou geen cijfer meer hebben, want documenten.yaml,"
                        + " regel 33, documenten[5].bestand is afgewezen: document 5 niet gebruikt: '../referentie/SOURCES.md'"
                        + " ligt buiten de map van het manifest.",
                "Er is niets gepubliceerd: herstel landelijk/documenten.yaml of het profiel en draai opnieuw.");
    }

    @Test
    void een_afgewezen_profiel_waarvan_de_opgave_nergens_anders_staat_publiceert_niets() throws Exception {
        Path eigenInvoer = Invoerbank.kopieVanInput(tmp.resolve("kapot-profiel"));
        Path profiel = eigenInvoer.resolve("profielen/circulaire-taakstelling-bijlage-a.yaml");
        // an unknown key rejects the profile; the circulaire alone carries the statushouders taakstelling 2023-1
        Files.writeString(profiel, Files.readString(profiel) + "onbekend: ja\n");

        eenRegel(draai("kapot-profiel-store", "--input=" + eigenInvoer, "--output=" + output),
                "regietafel: Opgave Statushouders per 1e helft 2023 zou geen cijfer meer hebben, want"
                        + " landelijk/circulaire-taakstelling-2023-1-bijlage-a.xlsx",
                "bronprofiel profielen/circulaire-taakstelling-bijlage-a.yaml",
                "Er is niets gepubliceerd: herstel landelijk/documenten.yaml of het profiel en draai opnieuw.");
    }

    /** A copy of the sample input whose manifest entry for {@code bestand} points outside the input folder. */
    static Path metBestandBuitenDeMap(String naam, String bestand) throws Exception {
        Path eigenInvoer = Invoerbank.kopieVanInput(tmp.resolve(naam));
        Path manifest = eigenInvoer.resolve("landelijk/documenten.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("bestand: " + bestand, "bestand: ../referentie/SOURCES.md"));
        return eigenInvoer;
    }

    static void sql(Kindproces kind, String... opdrachten) throws Exception {
        try (Connection c = DriverManager.getConnection(kind.url(), "sa", ""); Statement s = c.createStatement()) {
            for (String opdracht : opdrachten) s.execute(opdracht);
        }
    }

    static long telling(Kindproces kind, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(kind.url(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
