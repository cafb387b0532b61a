package nl.regietafel.report.beeld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regietafel.domain.Opgave;
import nl.regietafel.report.procesplan.Tabel22Indeling;

/** Which peildata a month shows, and which is each opgave's main one (procesplan's indeling). */
class HoofdpeildatumTest {

    private static List<String> punten(String periode, Opgave opgave) {
        return MaandbeeldBouwer.punten(Tabel22Indeling.procesplan(), YearMonth.parse(periode)).stream()
                .filter(p -> p.opgave() == opgave)
                .map(p -> p.peildatum().code() + (p.eerste() ? "*" : ""))
                .toList();
    }

    @Test
    void december2022ShowsEveryPeildatumOfTheProcesplanWithTheFirstAsMain() {
        assertEquals(List.of("2023-04-01*", "2024-01-01"), punten("2022-12", Opgave.ASIEL));
        // 1 januari 2023 is the day after the period: still ahead.
        assertEquals(List.of("2023-01-01*", "2024-01-01"), punten("2022-12", Opgave.ASIEL_AMV));
        assertEquals(List.of("2023-1*", "2023-2", "2024"), punten("2022-12", Opgave.STATUSHOUDERS));
        assertEquals(List.of("2023-07-01*", "2024-01-01"), punten("2022-12", Opgave.OEKRAINE));
    }

    @Test
    void aPassedPeildatumIsNoLongerCountedOnTodaysLocations() {
        // March 2023 ends before 1 april: still the main peildatum. April has passed it.
        assertEquals(List.of("2023-04-01*", "2024-01-01"), punten("2023-03", Opgave.ASIEL));
        assertEquals(List.of("2024-01-01*"), punten("2023-04", Opgave.ASIEL));
        assertEquals(List.of("2024-01-01*"), punten("2023-12", Opgave.ASIEL));
        assertEquals(List.of("2024-01-01*"), punten("2023-12", Opgave.OEKRAINE));
        // The first half year is measured until its last day, 30 June.
        assertEquals(List.of("2023-1*", "2023-2", "2024"), punten("2023-06", Opgave.STATUSHOUDERS));
        assertEquals(List.of("2023-2*", "2024"), punten("2023-07", Opgave.STATUSHOUDERS));
    }

    @Test
    void whenEveryPeildatumHasPassedTheLastStaysSoTheOpgaveDoesNotVanish() {
        assertEquals(List.of("2024-01-01*"), punten("2024-02", Opgave.ASIEL));
        assertEquals(List.of("2024*"), punten("2025-01", Opgave.STATUSHOUDERS));
    }
}
