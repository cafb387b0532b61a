package nl.regietafel.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regietafel.domain.gebied.Gebiedsindeling;

/** Measures (no assertion on time) the warm cost of reading one 14-location return; SPEC §8 asks ≤ 20 ms. */
class MaandretourLeestijdTest {

    @Test
    void warme_leestijd_van_een_retour(@TempDir Path map) throws Exception {
        Path p = RetourFixture.schrijf(map, wb -> { });
        Gebiedsindeling indeling = TestData.indeling();
        YearMonth december = YearMonth.of(2022, 12);
        for (int i = 0; i < 150; i++) assertThat(MaandretourReader.lees(p, indeling, december).isAfgewezen()).isFalse();
        int n = 50;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) MaandretourReader.lees(p, indeling, december);
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("Maandretour (14 locaties) warm gelezen: %.2f ms gemiddeld over %d keer%n", ms, n);
    }
}
