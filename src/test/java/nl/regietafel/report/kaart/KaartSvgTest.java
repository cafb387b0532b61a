package nl.regietafel.report.kaart;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KaartSvgTest {

    @Test
    void coordinatesAreWrittenAsFormatWritesThem() {
        assertThat(KaartSvg.getal(0.15)).isEqualTo("0.2");
        assertThat(KaartSvg.getal(2.675)).isEqualTo("2.7");
        assertThat(KaartSvg.getal(-0.04)).isEqualTo("-0.0");
        assertThat(KaartSvg.getal(-0.0)).isEqualTo("-0.0");
        assertThat(KaartSvg.getal(1.0E7)).isEqualTo("10000000.0");
        Random toeval = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            double d = i % 2 == 0 ? toeval.nextDouble() * 6000 - 1000 : (toeval.nextInt(200_000) - 50_000) / 20.0;
            assertThat(KaartSvg.getal(d)).as("%s", d).isEqualTo(String.format(Locale.ROOT, "%.1f", d));
        }
    }
}
