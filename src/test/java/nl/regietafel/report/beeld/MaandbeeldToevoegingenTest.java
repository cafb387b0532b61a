package nl.regietafel.report.beeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.TestLocaties;
import nl.regietafel.domain.cno.CnoBeoordelaar;
import nl.regietafel.domain.cno.CnoCriteria;

import org.junit.jupiter.api.Test;

/** Maandbeeld.knelpunten() bundles per party and onderwerp; cnoOpenNa(datum) lists what must still close. */
class MaandbeeldToevoegingenTest {

    private static Gemeentebeeld gemeente(String naam, Knelpunt... knelpunten) {
        return new Gemeentebeeld("GM" + naam.length(), naam, 1000, true, null, List.of(), null, List.of(), List.of(knelpunten), null);
    }

    private static Maandbeeld beeld(List<Gemeentebeeld> gemeenten, List<nl.regietafel.domain.cno.CnoBeoordeling> cno) {
        return new Maandbeeld(null, null, null, 0, null, List.of(), gemeenten, null, null, cno, null, List.of(), List.of(), null, List.of());
    }

    @Test
    void knelpuntenPerPartijEnOnderwerp() {
        Knelpunt registratie = new Knelpunt("Registratie CNO-bewoners", "Versnel de IND.", Partij.RIJK);
        Knelpunt net = new Knelpunt("Netaansluiting", "Netcongestie.", Partij.PROVINCIE);
        Maandbeeld b = beeld(List.of(
                gemeente("Almelo", net, registratie),
                gemeente("Enschede", new Knelpunt("registratie cno-bewoners ", "Andere woorden.", Partij.RIJK)),
                gemeente("Borne", new Knelpunt("Registratie CNO-bewoners", "Aan de provincie.", Partij.PROVINCIE))), List.of());
        List<Knelpuntbundel> k = b.knelpunten();
        assertThat(k).extracting(Knelpuntbundel::gevraagdVan).containsExactly(Partij.RIJK, Partij.PROVINCIE, Partij.PROVINCIE);
        assertThat(k.get(0).gemeenten()).containsExactly("Almelo", "Enschede");
        assertThat(k.get(0).omschrijving()).isEqualTo("Versnel de IND.");
        assertThat(k.get(1).onderwerp()).isEqualTo("Netaansluiting");
        assertThat(k.get(2).gemeenten()).containsExactly("Borne");
    }

    @Test
    void cnoOpenNaEenDatum() {
        LocalDate peil = LocalDate.of(2022, 12, 31);
        var locaties = List.of(
                TestLocaties.cno("Almelo", 56, LocatieStatus.IN_GEBRUIK, LocalDate.of(2023, 3, 31)),
                TestLocaties.cno("Wierden", 19, LocatieStatus.IN_GEBRUIK, LocalDate.of(2024, 12, 31)),
                TestLocaties.cno("Holten", 6, LocatieStatus.GESLOTEN, LocalDate.of(2022, 11, 30)),
                TestLocaties.cno("Den Ham", 6, LocatieStatus.IN_GEBRUIK, null));
        Maandbeeld b = beeld(List.of(), CnoBeoordelaar.beoordeel(locaties, peil, CnoCriteria.standaard()));
        assertThat(b.cnoOpenNa(LocalDate.of(2023, 4, 1))).extracting(c -> c.locatie().plaats()).containsExactly("Wierden", "Den Ham");
        assertThat(b.cnoOpenNa(LocalDate.of(2023, 3, 31))).extracting(c -> c.locatie().plaats()).containsExactly("Wierden", "Den Ham");
        assertThat(b.cnoOpenNa(LocalDate.of(2023, 3, 30))).hasSize(3);
    }
}
