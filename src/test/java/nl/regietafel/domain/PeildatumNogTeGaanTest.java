package nl.regietafel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which peildata a period still works toward: the one rule of the month's tables and its charts. */
class PeildatumNogTeGaanTest {

    private static List<String> nogTeGaan(String periode, String... peildata) {
        return Peildatum.nogTeGaan(java.util.Arrays.stream(peildata).map(Peildatum::of).toList(), YearMonth.parse(periode))
                .stream().map(Peildatum::code).toList();
    }

    @Test
    void eenPeildatumOpDeStanddatumZelfTeltNogMee() {
        // December's stand date is 31 december: that day is measured by December, 1 januari is ahead.
        assertEquals(List.of("2023-12-31", "2024-01-01"), nogTeGaan("2023-12", "2023-04-01", "2023-12-31", "2024-01-01"));
        assertEquals(List.of("2024-01-01"), nogTeGaan("2024-01", "2023-12-31", "2024-01-01"));
    }

    @Test
    void eenHalfjaarTeltTotEnMetZijnLaatsteDag() {
        assertEquals(List.of("2023-1", "2023-2"), nogTeGaan("2023-06", "2023-1", "2023-2"));
        assertEquals(List.of("2023-2"), nogTeGaan("2023-07", "2023-1", "2023-2"));
    }

    @Test
    void alleVoorbijDanBlijftDeLaatsteEnZonderPeildataNiets() {
        assertEquals(List.of("2024-01-01"), nogTeGaan("2024-03", "2023-04-01", "2024-01-01"));
        assertEquals(List.of(), nogTeGaan("2024-03"));
    }
}
