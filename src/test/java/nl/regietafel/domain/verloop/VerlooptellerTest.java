package nl.regietafel.domain.verloop;

import static nl.regietafel.domain.TestLocaties.locatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.realisatie.Peilteller;
import nl.regietafel.domain.realisatie.Telregels;

import org.junit.jupiter.api.Test;

class VerlooptellerTest {

    private final Verloopteller teller = new Verloopteller(new Peilteller(Telregels.standaard()));
    private final Peildatum april = Peildatum.of("2023-04-01");

    @Test
    void eenPuntPerMaandGeteldZoalsDeMaandZelf() {
        // given: June 2023 has an AZC of 300 and a CNO of 100 (CNO never counts for asiel);
        // July adds 50 AMV places; August the AZC has an end date before the peildatum of 1 January 2024.
        var azc = locatie("A", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300, LocatieStatus.IN_GEBRUIK);
        var cno = locatie("C", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 100, LocatieStatus.IN_GEBRUIK);
        var amv = locatie("M", Doelgroep.AMV, LocatieSoort.GEMEENTELIJKE_OPVANG, 50, LocatieStatus.IN_GEBRUIK);
        var azcTot = locatie("A", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300, LocatieStatus.IN_GEBRUIK, LocalDate.of(2023, 12, 1));
        Peildatum jan = Peildatum.of("2024-01-01");

        Reeks r = teller.reeks(Opgave.ASIEL, jan, "VR05", List.of(
                new Verloopteller.Periode(YearMonth.of(2023, 8), List.of(azcTot, amv), 1000L),
                new Verloopteller.Periode(YearMonth.of(2023, 6), List.of(azc, cno), 800L),
                new Verloopteller.Periode(YearMonth.of(2023, 7), List.of(azc, cno, amv), 1000L)));

        // then: oldest first; 300, 300 + 50 = 350, 50 (the AZC is gone before 1 January 2024)
        assertThat(r.punten()).extracting(Maandpunt::maand)
                .containsExactly(YearMonth.of(2023, 6), YearMonth.of(2023, 7), YearMonth.of(2023, 8));
        assertThat(r.punten()).extracting(Maandpunt::realisatie).containsExactly(300L, 350L, 50L);
        // the opgave as known each month: the step from 800 to 1.000 is a later document
        assertThat(r.punten()).extracting(Maandpunt::opgave).containsExactly(800L, 1000L, 1000L);
        assertThat(r.laatste().gap()).isEqualTo(950L);
        // trend: 50 − 350 = −300 against July; since 1 July (the June point) 50 − 300 = −250
        assertThat(r.verschilVorige()).contains(-300L);
        assertThat(r.verschilSindsBeginHalfjaar()).contains(-250L);
    }

    @Test
    void eerstePeriodeHeeftGeenTrend() {
        var azc = locatie("A", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 294, LocatieStatus.IN_GEBRUIK);
        Reeks r = teller.reeks(Opgave.ASIEL, april, "VR05",
                List.of(new Verloopteller.Periode(YearMonth.of(2022, 12), List.of(azc), null)));
        assertThat(r.eerstePeriode()).isTrue();
        assertThat(r.laatste().realisatie()).isEqualTo(294L);
        assertThat(r.laatste().gap()).isNull();
        assertThat(r.verschilVorige()).isEmpty();
        // the start of the second half of 2022 would be June 2022: not in the store
        assertThat(r.verschilSindsBeginHalfjaar()).isEmpty();
    }
}
