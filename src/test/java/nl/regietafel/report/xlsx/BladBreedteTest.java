package nl.regietafel.report.xlsx;

import nl.regietafel.report.Opmaak;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BladBreedteTest {

    private static final Opmaak OPMAAK = new Opmaak();

    @Test
    void aWholeNumbersCountedLengthIsThatOfItsDutchText() {
        long[] waarden = {0, 7, -7, 99, 100, 999, 1000, -1000, 1944, 99_999, 100_000, 999_999, 1_000_000, -12_345_678,
                Long.MAX_VALUE, Long.MIN_VALUE};
        for (long w : waarden) {
            assertThat(Blad.tekensGeheel(w)).as("%d", w).isEqualTo(OPMAAK.getal(w).length());
        }
        assertThat(Blad.tekensGeheel(-1944)).isEqualTo("−1.944".length());
    }

    @Test
    void aDecimalsCountedLengthIsThatOfItsDutchTextWithTwoDecimals() {
        String[] waarden = {"0", "0.004", "-0.004", "-0.005", "9.995", "-9.995", "999.994", "999.995", "1944.5", "-1944.5",
                "123456.789", "1.0E10", "-0.5", "12.345678"};
        for (String w : waarden) {
            BigDecimal getal = new BigDecimal(w);
            assertThat(Blad.tekensDecimaal(getal)).as(w).isEqualTo(OPMAAK.getal(getal, 2).length());
        }
        assertThat(Blad.tekensDecimaal(new BigDecimal("999.995"))).isEqualTo("1.000,00".length());
    }
}
