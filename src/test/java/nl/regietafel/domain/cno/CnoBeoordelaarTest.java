package nl.regietafel.domain.cno;

import static nl.regietafel.domain.TestLocaties.cno;
import static nl.regietafel.domain.TestLocaties.locatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.realisatie.CnoStand;
import nl.regietafel.domain.realisatie.Realisatieteller;
import org.junit.jupiter.api.Test;

class CnoBeoordelaarTest {

    private static final LocalDate DECEMBER_2022 = LocalDate.of(2022, 12, 1);

    @Test
    void geenEnkeleLocatieUitBijlage4VoldoetAanDeCriteria() {
        // when
        List<CnoBeoordeling> b = CnoBeoordelaar.beoordeel(Bijlage4.LOCATIES, DECEMBER_2022, CnoCriteria.standaard());
        // then all 16 are too small for COA, the largest has 59 places
        assertThat(b).hasSize(16).noneMatch(CnoBeoordeling::geschiktVoorOverdracht);
        assertThat(b).allSatisfy(x -> assertThat(x.redenen()).anyMatch(r -> r.startsWith("Te klein")));
        assertThat(b.stream().mapToLong(CnoBeoordeling::capaciteit).max()).hasValue(59);
        assertThat(b).noneMatch(CnoBeoordeling::duurzaam);
    }

    @Test
    void gerealiseerdTegenInGebruikVerklaardDoorGeslotenLocaties() {
        // when
        CnoStand stand = Realisatieteller.cno(Bijlage4.LOCATIES);
        // then 379 realised, 343 in use, 36 in closed locations
        assertThat(stand.plekkenGerealiseerd()).isEqualTo(379);
        assertThat(stand.plekkenInGebruik()).isEqualTo(343);
        assertThat(stand.plekkenGesloten()).isEqualTo(36);
        assertThat(stand.locatiesGerealiseerd()).isEqualTo(16);
        assertThat(stand.locatiesInGebruik()).isEqualTo(14);
    }

    @Test
    void groteLangBeschikbareLocatieVoldoetWel() {
        // given 200 places available for two more years
        Locatie groot = cno("Groot", 200, LocatieStatus.IN_GEBRUIK, LocalDate.of(2024, 12, 1));
        // when
        CnoBeoordeling b = CnoBeoordelaar.beoordeel(groot, DECEMBER_2022, CnoCriteria.standaard());
        // then
        assertThat(b.geschiktVoorOverdracht()).isTrue();
        assertThat(b.maandenBeschikbaar()).isEqualTo(24);
        assertThat(b.duurzaam()).isFalse(); // durable needs 5 years
        assertThat(b.redenen()).containsExactly("Groot genoeg: 200 plekken (minimum 150)",
                "Lang genoeg beschikbaar: nog 24 maanden (minimum 12)");
    }

    @Test
    void teKortBeschikbaarEnInstelbareTermijn() {
        // given 200 places for 10 more months
        Locatie kort = cno("Kort", 200, LocatieStatus.IN_GEBRUIK, LocalDate.of(2023, 10, 1));
        // then not with the default 12 months, but with a configured 6
        CnoBeoordeling standaard = CnoBeoordelaar.beoordeel(kort, DECEMBER_2022, CnoCriteria.standaard());
        assertThat(standaard.geschiktVoorOverdracht()).isFalse();
        assertThat(standaard.redenen()).contains("Te kort beschikbaar: nog 10 maanden (tot 1 oktober 2023), minimum is 12 maanden");
        assertThat(CnoBeoordelaar.beoordeel(kort, DECEMBER_2022, CnoCriteria.standaard().metMinimumResterendeMaanden(6))
                .geschiktVoorOverdracht()).isTrue();
    }

    @Test
    void amvLocatieVanaf50PlekkenEnDuurzaamVanaf101PlekkenVijfJaar() {
        Locatie amv = locatie("AMV-CNO", Doelgroep.AMV, LocatieSoort.CNO, 50, LocatieStatus.IN_GEBRUIK, LocalDate.of(2024, 1, 1));
        Locatie duurzaam = cno("Duurzaam", 101, LocatieStatus.IN_GEBRUIK, LocalDate.of(2027, 12, 1));
        Locatie honderd = cno("Honderd", 100, LocatieStatus.IN_GEBRUIK, LocalDate.of(2027, 12, 1));

        assertThat(CnoBeoordelaar.beoordeel(amv, DECEMBER_2022, CnoCriteria.standaard()).geschiktVoorOverdracht()).isTrue();
        assertThat(CnoBeoordelaar.beoordeel(duurzaam, DECEMBER_2022, CnoCriteria.standaard()).duurzaam()).isTrue();
        assertThat(CnoBeoordelaar.beoordeel(honderd, DECEMBER_2022, CnoCriteria.standaard()).duurzaam()).isFalse();
    }

    @Test
    void locatiesDieNaJuli2023OpenBlijvenWordenGesignaleerd() {
        // when
        List<Sluitsignaal> s = CnoBeoordelaar.naMijlpaal(Bijlage4.LOCATIES, Mijlpaal.LAATSTE_CNO_GESLOTEN);
        // then Losser (to 1-10-2023), Wierden (chalet pilot, to 2025) and the Holten location without an end date
        assertThat(s).extracting(x -> x.locatie().plaats()).containsExactly("Losser", "Wierden", "Holten");
        assertThat(s.get(0).melding()).isEqualTo("CNO Losser (Losser, 40 plekken) is beschikbaar tot 1 oktober 2023, "
                + "na de mijlpaal 'Juli 2023: sluiten laatste CNO-locaties in Twente' (31 juli 2023)");
        assertThat(s.get(2).melding()).contains("geen sluitdatum");
    }
}
