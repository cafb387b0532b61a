package nl.regietafel.domain.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;

import org.junit.jupiter.api.Test;

class TijdlijnmakerTest {

    private static Locatie loc(LocatieSoort soort, long cap, LocatieStatus status, LocalDate open, LocalDate tot) {
        return new Locatie("L", "n", "p", Doelgroep.ASIELZOEKERS, soort, cap, 0, status, open, tot, "", List.of());
    }

    @Test
    void plekkenTellenVanOpenVanafTotEnMetBeschikbaarTot() {
        List<YearMonth> maanden = Tijdlijnmaker.maanden(YearMonth.of(2022, 12), 5); // dec 2022 … apr 2023
        List<Locatie> locaties = List.of(
                // CNO 56 in use until 31 March 2023: open on 1 Dec, 1 Jan, 1 Feb, 1 Mar; not on 1 Apr
                loc(LocatieSoort.CNO, 56, LocatieStatus.IN_GEBRUIK, LocalDate.of(2022, 6, 20), LocalDate.of(2023, 3, 31)),
                // CNO 40 without end date, in use: every month
                loc(LocatieSoort.CNO, 40, LocatieStatus.IN_GEBRUIK, null, null),
                // AZC 300 planned from 1 February 2023: from February on
                loc(LocatieSoort.AZC, 300, LocatieStatus.VERGUNNING, LocalDate.of(2023, 2, 1), null),
                // closed, no end date: never
                loc(LocatieSoort.CNO, 99, LocatieStatus.GESLOTEN, LocalDate.of(2022, 1, 1), null),
                // a plan without opening date: never
                loc(LocatieSoort.AZC, 77, LocatieStatus.IDEE, null, null));
        assertThat(Tijdlijnmaker.plekken(locaties, l -> l.soort() == LocatieSoort.CNO, maanden))
                .containsExactly(96L, 96L, 96L, 96L, 40L);
        assertThat(Tijdlijnmaker.plekken(locaties, l -> l.soort() == LocatieSoort.AZC, maanden))
                .containsExactly(0L, 0L, 300L, 300L, 300L);
    }

    @Test
    void deOpgaveIsDieVanDeEerstvolgendePeildatum() {
        TreeMap<LocalDate, Long> opgaven = new TreeMap<>();
        opgaven.put(LocalDate.of(2023, 2, 1), 1944L);
        opgaven.put(LocalDate.of(2023, 4, 1), 2164L);
        List<YearMonth> maanden = Tijdlijnmaker.maanden(YearMonth.of(2023, 1), 5); // jan … mei 2023
        assertThat(Tijdlijnmaker.opgave(opgaven, maanden)).containsExactly(1944L, 1944L, 2164L, 2164L, 2164L);
    }
}
