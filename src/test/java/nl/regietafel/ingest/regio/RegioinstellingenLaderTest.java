package nl.regietafel.ingest.regio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.regio.Regioinstellingen;
import nl.regietafel.ingest.Leesresultaat;

class RegioinstellingenLaderTest {

    @TempDir
    Path map;

    @Test
    void twenteUitDeMeegeleverdeInstellingen() {
        Leesresultaat<Map<String, Regioinstellingen>> r = RegioinstellingenLader.leesMap(Path.of("input/regio"));

        assertThat(r.meldingen()).isEmpty();
        Regioinstellingen twente = r.waarde().get("VR05");
        assertThat(twente.naam()).isEqualTo("Twentse Regietafel Asielinstroom");
        assertThat(twente.procesplanTitel()).isEqualTo("Procesplan Twente Opvang Vluchtelingen — tabellen en bijlagen");
        assertThat(twente.prognoses()).containsExactly("kennispunt-twente-prognose-statushouders");
        // The milestones of procesplan §5 that the domain tests use, in the same order and wording.
        assertThat(twente.mijlpalen()).containsExactlyElementsOf(Mijlpaal.procesplanTwente());
        assertThat(twente.laatsteCnoGesloten()).contains(Mijlpaal.LAATSTE_CNO_GESLOTEN);
        // Inleverdag 10: the return over January is due 10 February 2023.
        assertThat(twente.uiterlijk(YearMonth.of(2023, 1))).contains(LocalDate.of(2023, 2, 10));
    }

    @Test
    void eenRegioZonderBestandKrijgtNeutraleTeksten() {
        Regioinstellingen groningen = Regioinstellingen.neutraal("VR01", "Groningen");

        assertThat(groningen.naam()).isEqualTo("Regietafel Groningen");
        assertThat(groningen.afzender()).isEqualTo("Regietafel Groningen");
        assertThat(groningen.procesplanTitel()).isEqualTo("Tabellen en bijlagen — Regietafel Groningen");
        assertThat(groningen.mijlpalen()).isEmpty();
        assertThat(groningen.prognoses()).isEmpty();
        assertThat(groningen.uiterlijk(YearMonth.of(2023, 1))).isEmpty();
    }

    @Test
    void inleverdagNaEenKorteMaandIsDeLaatsteDag() {
        Regioinstellingen r = new Regioinstellingen("VR01", "X", null, null, null, 31, null, java.util.List.of(), java.util.List.of());
        // January's return is due in February: 28 days in 2023.
        assertThat(r.uiterlijk(YearMonth.of(2023, 1))).contains(LocalDate.of(2023, 2, 28));
    }

    @Test
    void eenFoutNoemtBestandEnSleutel() throws Exception {
        Files.writeString(map.resolve("VR01-groningen.yaml"), """
                regio: VR02
                naam: "Regietafel Groningen"
                inleverdag: 40
                kleur: blauw
                """);

        Leesresultaat<Map<String, Regioinstellingen>> r = RegioinstellingenLader.leesMap(map);

        assertThat(r.isAfgewezen()).isTrue();
        assertThat(r.fouten()).extracting(f -> f.kolom() + ": " + f.tekst()).containsExactlyInAnyOrder(
                "kleur: onbekende sleutel 'kleur'; bekend: regio, naam, plan, afzender, retouradres, inleverdag, logo, prognoses, mijlpalen",
                "regio: de bestandsnaam begint niet met VR02; noem het bestand bijvoorbeeld VR02-naam.yaml",
                "inleverdag: ongeldige dag '40'; verwacht 1 tot en met 31");
        assertThat(r.fouten()).allSatisfy(f -> assertThat(f.bestand()).isEqualTo("VR01-groningen.yaml"));
    }

    @Test
    void geenMapGeenInstellingen() {
        assertThat(RegioinstellingenLader.leesMap(map.resolve("regio")).waarde()).isEmpty();
    }
}
