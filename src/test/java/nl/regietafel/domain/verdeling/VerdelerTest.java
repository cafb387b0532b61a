package nl.regietafel.domain.verdeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the methods on small hand-checked cases, ties and validation. */
class VerdelerTest {

    private static final List<Eenheid> ABC = List.of(new Eenheid("A", 6), new Eenheid("B", 6), new Eenheid("C", 2));

    @Test
    void alabamaParadoxBijGrootsteOverschot() {
        // given weights 6, 6, 2
        // when the total rises from 10 to 11
        Verdeling tien = Verdeler.verdeel(10, ABC, Methode.GROOTSTE_OVERSCHOT);
        Verdeling elf = Verdeler.verdeel(11, ABC, Methode.GROOTSTE_OVERSCHOT);
        // then C's share drops from 2 to 1
        assertThat(tien.toewijzingen()).extracting(Toewijzing::aantal).containsExactly(4L, 4L, 2L);
        assertThat(elf.toewijzingen()).extracting(Toewijzing::aantal).containsExactly(5L, 5L, 1L);
        assertThat(elf.aantal("C")).isLessThan(tien.aantal("C"));
    }

    @Test
    void gelijkeRestenGaanNaarGrootsteGewichtDanCode() {
        // given two remainders of equal size: 1 over weights 1 and 1, and 1 over 3, 3 of different codes
        List<Eenheid> zelfdeGewicht = List.of(new Eenheid("Z", 1), new Eenheid("A", 1));
        // when / then: code ascending decides, whatever the input order
        assertThat(Verdeler.verdeel(1, zelfdeGewicht, Methode.GROOTSTE_OVERSCHOT).aantal("A")).isEqualTo(1);
        assertThat(Verdeler.verdeel(1, zelfdeGewicht, Methode.DHONDT).aantal("A")).isEqualTo(1);
        assertThat(Verdeler.verdeel(1, zelfdeGewicht, Methode.SAINTE_LAGUE).aantal("A")).isEqualTo(1);
        // and output keeps the input order
        assertThat(Verdeler.verdeel(1, zelfdeGewicht, Methode.GROOTSTE_OVERSCHOT).toewijzingen())
                .extracting(Toewijzing::code).containsExactly("Z", "A");
    }

    @Test
    void gelijkeGemiddeldenGaanNaarGrootsteGewicht() {
        // given D'Hondt with weights 4 and 2: averages 4, 2 | 2 — the third seat is a tie 2 vs 2
        List<Eenheid> e = List.of(new Eenheid("KLEIN", 2), new Eenheid("GROOT", 4));
        // when
        Verdeling v = Verdeler.verdeel(3, e, Methode.DHONDT);
        // then 3 = GROOT 2 + KLEIN 1 is the exact outcome; with 2 seats the tie goes to the larger weight
        assertThat(v.aantal("GROOT")).isEqualTo(2);
        assertThat(Verdeler.verdeel(2, e, Methode.DHONDT).aantal("GROOT")).isEqualTo(2);
    }

    @Test
    void dhondtBevoordeeltGroteEnSainteLagueNiet() {
        // given weights 70, 20, 10 and 7 seats: quotas 4,9 / 1,4 / 0,7 (averages checked by hand)
        List<Eenheid> e = List.of(new Eenheid("A", 70), new Eenheid("B", 20), new Eenheid("C", 10));
        // then
        assertThat(Verdeler.verdeel(7, e, Methode.DHONDT).toewijzingen()).extracting(Toewijzing::aantal).containsExactly(6L, 1L, 0L);
        assertThat(Verdeler.verdeel(7, e, Methode.SAINTE_LAGUE).toewijzingen()).extracting(Toewijzing::aantal).containsExactly(5L, 1L, 1L);
        assertThat(Verdeler.verdeel(7, e, Methode.GROOTSTE_OVERSCHOT).toewijzingen()).extracting(Toewijzing::aantal).containsExactly(5L, 1L, 1L);
    }

    @Test
    void afrondenMeldtHetVerschil() {
        // given three equal units and a total of 10: quotas 3,33 each
        List<Eenheid> e = List.of(new Eenheid("A", 1), new Eenheid("B", 1), new Eenheid("C", 1));
        // when
        Verdeling v = Verdeler.verdeel(10, e, Methode.AFRONDEN);
        // then each rounds to 3, one place short
        assertThat(v.som()).isEqualTo(9);
        assertThat(v.afrondingsverschil()).isEqualTo(-1);
        // and a half rounds up
        assertThat(Verdeler.verdeel(1, List.of(new Eenheid("A", 1), new Eenheid("B", 1)), Methode.AFRONDEN).som()).isEqualTo(2);
    }

    @Test
    void naarBovenMetLandelijkeNoemer() {
        // given art. 29: 21.200 national, two gemeenten of a country of 1.000.000 inhabitants
        List<Eenheid> e = List.of(new Eenheid("GM1", 10_001), new Eenheid("GM2", 5_000));
        // when
        Verdeling v = Verdeler.verdeel(21_200, e, 1_000_000, Methode.NAAR_BOVEN);
        // then 212,0212 -> 213 and exactly 106 stays 106
        assertThat(v.aantal("GM1")).isEqualTo(213);
        assertThat(v.aantal("GM2")).isEqualTo(106);
    }

    @Test
    void ongeldigeInvoerGeeftNederlandseMelding() {
        assertThatThrownBy(() -> Verdeler.verdeel(-1, ABC, Methode.AFRONDEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Negatief totaal");
        assertThatThrownBy(() -> Verdeler.verdeel(1, List.of(), Methode.AFRONDEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Geen eenheden");
        assertThatThrownBy(() -> new Eenheid("A", -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Negatief gewicht");
        assertThatThrownBy(() -> Verdeler.verdeel(1, List.of(new Eenheid("A", 0)), Methode.AFRONDEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gewicht is nul");
        assertThatThrownBy(() -> Verdeler.verdeel(1, List.of(new Eenheid("A", 1), new Eenheid("A", 2)), Methode.AFRONDEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twee keer");
        assertThatThrownBy(() -> Verdeler.verdeel(1, ABC, 100, Methode.GROOTSTE_OVERSCHOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("som van de gewichten");
        assertThatThrownBy(() -> Verdeler.verdeel(1, ABC, 5, Methode.NAAR_BOVEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kleiner dan de som");
    }

    @Test
    void nulGewichtKrijgtNiets() {
        List<Eenheid> e = List.of(new Eenheid("A", 0), new Eenheid("B", 3));
        for (Methode m : Methode.values()) {
            assertThat(Verdeler.verdeel(5, e, m).aantal("A")).as(m.name()).isZero();
        }
    }
}
