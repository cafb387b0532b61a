package nl.regietafel.domain.realisatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import org.junit.jupiter.api.Test;

class PeiltellerTest {

    private static final LocalDate P = LocalDate.of(2023, 4, 1);
    private final Peilteller teller = new Peilteller(Telregels.standaard());

    private static Locatie loc(String naam, Doelgroep dg, LocatieSoort soort, long plekken, LocatieStatus st,
                               LocalDate open, LocalDate tot) {
        return new Locatie(naam, naam, "Plaats", dg, soort, plekken, 0, st, open, tot, "", List.of());
    }

    private static Locatie azc(long plekken, LocatieStatus st, LocalDate open, LocalDate tot) {
        return loc("AZC " + plekken, Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, plekken, st, open, tot);
    }

    @Test
    void eenPlekTeltOpPAlsZeOpOfNaPNogBeschikbaarIs() {
        // given three AZC's in use ending the day before P, on P and the day after P
        List<Locatie> l = List.of(
                azc(100, LocatieStatus.IN_GEBRUIK, null, P.minusDays(1)),
                azc(20, LocatieStatus.IN_GEBRUIK, null, P),
                azc(3, LocatieStatus.IN_GEBRUIK, null, P.plusDays(1)),
                azc(4000, LocatieStatus.IN_GEBRUIK, null, null));
        // when
        Peilstand s = teller.tel(Opgave.ASIEL, P, l);
        // then all 4.123 are in use now; 20 + 3 + 4.000 = 4.023 are still there on P; 100 ends before it
        assertThat(s.inGebruik()).isEqualTo(4_123);
        assertThat(s.beschikbaar()).isEqualTo(4_023);
        assertThat(s.vervalt()).containsExactly(new Peilstand.Vervalt("AZC 100", 100, P.minusDays(1)));
        assertThat(s.vervaltPlekken()).isEqualTo(100);
    }

    @Test
    void eenPlanVerkleintDeGapOpPAlleenAlsHetUiterlijkOpPOpent() {
        // given plans opening the day before P, on P and the day after P, one idea and one without a date
        List<Locatie> l = List.of(
                azc(100, LocatieStatus.BESLUIT_COLLEGE, P.minusDays(1), null),
                azc(20, LocatieStatus.IN_AANBOUW, P, null),
                azc(3, LocatieStatus.VERGUNNING, P.plusDays(1), null),
                azc(300, LocatieStatus.IDEE, P.minusDays(1), null),
                azc(7, LocatieStatus.IDEE, P.plusDays(1), null),
                azc(50, LocatieStatus.BESLUIT_RAAD, null, null));
        // when
        Peilstand s = teller.tel(Opgave.ASIEL, P, l);
        // then decided by P: 100 + 20 = 120; ideas by P: 300; 3 and 7 open too late; 50 has no date
        assertThat(s.besloten()).isEqualTo(120);
        assertThat(s.idee()).isEqualTo(300);
        assertThat(s.zonderDatum()).containsExactly(new Peilstand.Plan("AZC 50", 50, "Besluit raad"));
        assertThat(s.inGebruik()).isZero();
        assertThat(s.beschikbaar()).isZero();
    }

    @Test
    void eenPlanDatVoorPWeerSluitTeltNietOpP() {
        // given a plan that opens before P but is available only until the day before P
        Peilstand s = teller.tel(Opgave.ASIEL, P, List.of(azc(80, LocatieStatus.VERGUNNING, P.minusDays(30), P.minusDays(1))));
        // then it reduces no gap at P
        assertThat(s.besloten()).isZero();
    }

    @Test
    void particuliereOpvangStaatNaastDeOekraineOpgaveEnTeltNooitBijAsiel() {
        // given municipal reception 200, private hosting 60 (one host family leaves before P: 5), a CNO of 40
        List<Locatie> l = List.of(
                loc("GO", Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 200, LocatieStatus.IN_GEBRUIK, null, null),
                loc("Gastgezinnen", Doelgroep.OEKRAINERS, LocatieSoort.PARTICULIER, 55, LocatieStatus.IN_GEBRUIK, null, null),
                loc("Gastgezin weg", Doelgroep.OEKRAINERS, LocatieSoort.PARTICULIER, 5, LocatieStatus.IN_GEBRUIK, null, P.minusDays(1)),
                loc("CNO", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 40, LocatieStatus.IN_GEBRUIK, null, null));
        // then Oekraïne counts 200; 55 private places are shown beside it
        Peilstand oek = teller.tel(Opgave.OEKRAINE, P, l);
        assertThat(oek.beschikbaar()).isEqualTo(200);
        assertThat(oek.ernaast()).isEqualTo(55);
        // and CNO counts for CNO only
        assertThat(teller.tel(Opgave.ASIEL, P, l).inGebruik()).isZero();
        assertThat(teller.tel(Opgave.CNO, P, l).beschikbaar()).isEqualTo(40);
    }

    @Test
    void telregelsZijnInstelbaar() {
        // given rules under which private hosting does count for Oekraïne
        Telregels ruim = Telregels.standaard().met(Map.of(Opgave.OEKRAINE, new Telregel(EnumSet.of(Doelgroep.OEKRAINERS),
                EnumSet.of(LocatieSoort.GEMEENTELIJKE_OPVANG, LocatieSoort.PARTICULIER), null)));
        List<Locatie> l = List.of(
                loc("GO", Doelgroep.OEKRAINERS, LocatieSoort.GEMEENTELIJKE_OPVANG, 200, LocatieStatus.IN_GEBRUIK, null, null),
                loc("Gastgezinnen", Doelgroep.OEKRAINERS, LocatieSoort.PARTICULIER, 55, LocatieStatus.IN_GEBRUIK, null, null));
        // then 200 + 55 = 255 count and nothing stands beside
        Peilstand s = new Peilteller(ruim).tel(Opgave.OEKRAINE, P, l);
        assertThat(s.beschikbaar()).isEqualTo(255);
        assertThat(s.ernaast()).isZero();
    }

    @Test
    void huisvestingInVoorbereidingTeltVoorHetHalfjaarDatEindigtNaDeOpening() {
        // given flexwoningen opening on 30-6-2023 (last day of 2023-1), on 1-7-2023 and a tussenvoorziening on 29-6-2023
        List<Locatie> l = List.of(
                loc("Flex A", Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 24, LocatieStatus.IN_AANBOUW, LocalDate.of(2023, 6, 30), null),
                loc("Flex B", Doelgroep.STATUSHOUDERS, LocatieSoort.FLEXWONINGEN, 40, LocatieStatus.VERGUNNING, LocalDate.of(2023, 7, 1), null),
                loc("TV", Doelgroep.STATUSHOUDERS, LocatieSoort.TUSSENVOORZIENING, 6, LocatieStatus.IDEE, LocalDate.of(2023, 6, 29), null));
        Peildatum h1 = Peildatum.halfjaar(2023, 1);
        Peildatum h2 = Peildatum.halfjaar(2023, 2);
        // then 2023-1 (ends 30-6-2023): decided 24, idea 6; 2023-2 (ends 31-12-2023): decided 24 + 40 = 64, idea 6
        Peilstand s1 = teller.statushoudersPijplijn(Opgave.STATUSHOUDERS, h1.einde(), l);
        assertThat(s1.besloten()).isEqualTo(24);
        assertThat(s1.idee()).isEqualTo(6);
        assertThat(teller.statushoudersPijplijn(Opgave.STATUSHOUDERS, h2.einde(), l).besloten()).isEqualTo(64);
        assertThat(h1.einde()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(Peildatum.of("2024").einde()).isEqualTo(LocalDate.of(2024, 12, 31));
    }
}
