package nl.regietafel.ingest.landelijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.Gebied;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.Melding;

class ProfielEnManifestTest {

    @TempDir
    Path map;

    Leesresultaat<Bronprofiel> profiel(String yaml) throws Exception {
        return BronprofielLader.lees(Files.writeString(map.resolve("p.yaml"), "naam: p\n" + yaml));
    }

    @Test
    void profiel_met_standaardwaarden() throws Exception {
        Leesresultaat<Bronprofiel> r = profiel("gebied: {code: Code, niveau: VEILIGHEIDSREGIO}\ncijfers:\n  - {kolom: Plekken, opgave: OEKRAINE, peildatum: 2023-02-01, scenario: midden}\n");
        assertThat(r.meldingen()).isEmpty();
        Bronprofiel p = r.waarde();
        assertThat(p.blad()).isEmpty();
        assertThat(p.kopregelUiterlijkRij()).isEqualTo(30);
        assertThat(p.gebied().niveau()).isEqualTo(Gebied.Niveau.VEILIGHEIDSREGIO);
        assertThat(p.cijfers().get(0).scenario()).isEqualTo("midden");
        assertThat(p.maximum()).isNull();
        assertThat(p.maximumVoor(Gebied.Niveau.GEMEENTE)).isEqualTo(100_000);
        assertThat(p.maximumVoor(Gebied.Niveau.LAND)).isEqualTo(2_000_000);
    }

    @Test
    void ongeldig_profiel_noemt_elk_probleem() throws Exception {
        Leesresultaat<Bronprofiel> r = profiel("gebied: {niveau: WIJK}\nkolommen: []\ncijfers:\n  - {kolom: X, opgave: ASIELZOEKERS, peildatum: 2023-13-01}\n");
        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.fouten()).extracting(Melding::omschrijving).anySatisfy(t -> assertThat(t).contains("p.yaml", "kolommen", "onbekende sleutel"))
                .anySatisfy(t -> assertThat(t).contains("gebied", "ten minste één van 'code' en 'naam'"))
                .anySatisfy(t -> assertThat(t).contains("gebied.niveau", "onbekend niveau 'WIJK'"))
                .anySatisfy(t -> assertThat(t).contains("cijfers[1].opgave", "onbekende opgave 'ASIELZOEKERS'", "STATUSHOUDERS"))
                .anySatisfy(t -> assertThat(t).contains("cijfers[1].peildatum", "ongeldige peildatum '2023-13-01'"));
    }

    @Test
    void profiel_zonder_kolommen_en_kapotte_yaml() throws Exception {
        assertThat(profiel("gebied: {naam: Gemeente, niveau: GEMEENTE}\ncijfers: []\n").fouten())
                .singleElement().satisfies(f -> assertThat(f.tekst()).startsWith("geen kolommen"));
        assertThat(profiel("gebied: [\n").fouten()).singleElement().satisfies(f -> {
            assertThat(f.tekst()).startsWith("geen geldige YAML");
            assertThat(f.rij()).isNotNull();
        });
    }

    @Test
    void manifest_controleert_bestand_profiel_en_datum() throws Exception {
        Path profielen = Files.createDirectories(map.resolve("profielen"));
        Files.writeString(profielen.resolve("circulaire.yaml"), "naam: circulaire\n");
        Path landelijk = Files.createDirectories(map.resolve("landelijk"));
        Files.write(landelijk.resolve("bijlage-a.xlsx"), new byte[] {1});
        Path manifest = Files.writeString(landelijk.resolve("documenten.yaml"), """
                documenten:
                  - bestand: bijlage-a.xlsx
                    profiel: circulaire
                    titel: Bijlage A circulaire taakstelling 1e helft 2023
                    kenmerk: "TAAKSTELLING_21.200"
                    datum: 2022-09-30
                    uitgever: Ministerie van BZK
                  - bestand: ontbreekt.xlsx
                    profiel: bestaat-niet
                    titel: Brief
                    datum: 30-09-2022
                    uitgever: COA
                """);

        // the second entry is left out with its faults, named with its line (8); the first is still read
        Leesresultaat<Manifest> gedeeltelijk = ManifestLader.lees(manifest, profielen);
        assertThat(gedeeltelijk.isAfgewezen()).isFalse();
        assertThat(gedeeltelijk.waarde().documenten()).extracting(Manifest.Document::bestand).containsExactly("bijlage-a.xlsx");
        List<Melding> fout = gedeeltelijk.waarde().afgewezen();
        assertThat(fout).allSatisfy(m -> {
            assertThat(m.isFout()).isTrue();
            assertThat(m.rij()).isEqualTo(8);
        });
        assertThat(fout).extracting(Melding::omschrijving).satisfiesExactlyInAnyOrder(
                t -> assertThat(t).contains("documenten.yaml", "documenten[2].bestand", "document 2 niet gebruikt", "'ontbreekt.xlsx' bestaat niet"),
                t -> assertThat(t).contains("documenten[2].profiel", "profiel 'bestaat-niet' bestaat niet"),
                t -> assertThat(t).contains("documenten[2].datum", "ongeldige datum '30-09-2022'"));
        assertThat(Manifest.aantalDocumenten(fout)).isEqualTo(1);

        Files.writeString(manifest, Files.readString(manifest).substring(0, Files.readString(manifest).indexOf("  - bestand: ontbreekt")));
        Manifest goed = ManifestLader.lees(manifest, profielen).waarde();
        assertThat(goed.documenten()).singleElement().satisfies(d -> {
            assertThat(d.datum()).isEqualTo(LocalDate.of(2022, 9, 30));
            assertThat(d.kenmerk()).isEqualTo("TAAKSTELLING_21.200");
            assertThat(d.pad()).exists();
            assertThat(d.herkomst("abc").uitgever()).isEqualTo("Ministerie van BZK");
        });
    }
}
