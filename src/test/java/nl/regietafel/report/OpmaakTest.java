package nl.regietafel.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OpmaakTest {

    final Opmaak fmt = new Opmaak();

    @Test
    void figuresAreDutchWhateverTheJvmLocale() {
        Locale eerder = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(fmt.getal(1944)).isEqualTo("1.944");
            assertThat(fmt.getal(1_234_567)).isEqualTo("1.234.567");
            assertThat(fmt.getal(0)).isEqualTo("0");
            assertThat(fmt.getal(-36)).isEqualTo("\u221236");
            assertThat(fmt.getal(new BigDecimal("54.089"), 2)).isEqualTo("54,09");
            assertThat(fmt.getal(new BigDecimal("1944.5"), 0)).isEqualTo("1.945");
            assertThat(fmt.getal(new BigDecimal("-0.04"), 1)).isEqualTo("0,0");
            assertThat(fmt.getal(new BigDecimal("-1234.56"), 1)).isEqualTo("\u22121.234,6");
        } finally {
            Locale.setDefault(eerder);
        }
    }

    @Test
    void percentagesFromFractionsOrPercentages() {
        assertThat(fmt.procent(new BigDecimal("0.5409"), 1)).isEqualTo("54,1 %");
        assertThat(fmt.procent(new BigDecimal("1.2"), 0)).isEqualTo("120 %");
        assertThat(fmt.percentage(new BigDecimal("54.09"), 1)).isEqualTo("54,1 %");
    }

    @Test
    void datesAndMonthsInDutch() {
        assertThat(fmt.datum(LocalDate.of(2023, 4, 1))).isEqualTo("1 april 2023");
        assertThat(fmt.maand(YearMonth.of(2022, 12))).isEqualTo("december 2022");
        assertThat(fmt.tijdstip(LocalDateTime.of(2026, 11, 28, 14, 3))).isEqualTo("28 november 2026 14:03");
    }

    @Test
    void differencesCarryASignAndTheRealMinus() {
        assertThat(fmt.verschil(220)).isEqualTo("+220");
        assertThat(fmt.verschil(-36)).isEqualTo("\u221236");
        assertThat(fmt.verschil(0)).isEqualTo("0");
        assertThat(fmt.verschil(1944)).isEqualTo("+1.944");
    }
}
