package nl.regietafel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.regietafel.domain.Gebied.Niveau;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Zoekresultaat;

class GebiedsindelingTest {

    final Gebiedsindeling indeling = TestData.indeling();

    String code(String invoer, Niveau niveau) {
        Zoekresultaat z = indeling.zoek(invoer, niveau);
        assertThat(z.isGevonden()).as(invoer + ": " + z.probleem()).isTrue();
        return z.code();
    }

    @Test
    void vindt_codes_in_alle_vormen() {
        assertThat(code("GM0153", null)).isEqualTo("GM0153");
        assertThat(code("0153", Niveau.GEMEENTE)).isEqualTo("GM0153");
        assertThat(code("gm0153", null)).isEqualTo("GM0153");
        assertThat(code("VR05", null)).isEqualTo("VR05");
        assertThat(code("VR5", Niveau.VEILIGHEIDSREGIO)).isEqualTo("VR05");
        assertThat(code("PV23", null)).isEqualTo("PV23");
        assertThat(code("NL", null)).isEqualTo("NL");
    }

    @Test
    void vindt_namen_met_cbs_varianten_en_gangbare_spellingen() {
        for (String h : new String[] {"Hengelo (O.)", "Hengelo (O)", "Hengelo", "HENGELO", "Gemeente Hengelo"}) {
            assertThat(code(h, Niveau.GEMEENTE)).as(h).isEqualTo("GM0164");
        }
        assertThat(code("'s-Gravenhage", Niveau.GEMEENTE)).isEqualTo("GM0518");
        assertThat(code("Den Haag", Niveau.GEMEENTE)).isEqualTo("GM0518");
        assertThat(code("’s-Hertogenbosch", Niveau.GEMEENTE)).isEqualTo("GM0796");
        assertThat(code("Den Bosch", null)).isEqualTo("GM0796");
        assertThat(code("Beek (L.)", Niveau.GEMEENTE)).isEqualTo("GM0888");
        assertThat(code("Beek", Niveau.GEMEENTE)).isEqualTo("GM0888");
        assertThat(code("Nuenen, Gerwen en Nederwetten", Niveau.GEMEENTE)).isEqualTo("GM0820");
        assertThat(code("Sudwest Fryslan", Niveau.GEMEENTE)).isEqualTo("GM1900");
        assertThat(code("hof van twente", Niveau.GEMEENTE)).isEqualTo("GM1735");
        assertThat(code("Veiligheidsregio Twente", null)).isEqualTo("VR05");
        assertThat(code("Twente", null)).isEqualTo("VR05");
        assertThat(code("Provincie Overijssel", null)).isEqualTo("PV23");
        assertThat(code("Friesland", Niveau.PROVINCIE)).isEqualTo("PV21");
    }

    @Test
    void meldt_dubbelzinnige_en_onbekende_namen() {
        Zoekresultaat bergen = indeling.zoek("Bergen", Niveau.GEMEENTE);
        assertThat(bergen.isDubbelzinnig()).isTrue();
        assertThat(bergen.probleem()).contains("niet eenduidig", "GM0373", "GM0893");
        assertThat(indeling.zoek("Groningen", null).kandidaten()).hasSize(3);
        assertThat(code("Groningen", Niveau.PROVINCIE)).isEqualTo("PV20");
        assertThat(indeling.zoek("Nergenshuizen", Niveau.GEMEENTE).probleem()).isEqualTo("onbekende gemeente 'Nergenshuizen'");
        assertThat(indeling.zoek("VR05", Niveau.GEMEENTE).probleem()).contains("is een veiligheidsregio");
        assertThat(indeling.zoek("GM9999", null).probleem()).contains("onbekende code");
    }
}
