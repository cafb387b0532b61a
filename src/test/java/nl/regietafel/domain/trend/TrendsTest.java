package nl.regietafel.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {

    @Test
    void tweePeriodenGekoppeldPerSleutel() {
        // given realisatie ASIEL per gemeente in November and December 2022
        Map<String, Long> november = Map.of("GM0141", 300L, "GM0164", 250L, "GM1700", 40L);
        Map<String, Long> december = new LinkedHashMap<>();
        december.put("GM0164", 280L);
        december.put("GM0141", 300L);
        december.put("GM0153", 59L); // first return of this gemeente
        // when
        Map<String, Trend> t = Trends.koppel(december, november);
        // then
        assertThat(t.keySet()).containsExactly("GM0164", "GM0141", "GM0153");
        assertThat(t.get("GM0164").verschil()).isEqualTo(30L);
        assertThat(t.get("GM0141").verschil()).isZero();
        assertThat(t.get("GM0153")).isEqualTo(new Trend(59, null));
        assertThat(t.get("GM0153").verschil()).isNull();
    }

    @Test
    void zonderVorigePeriodeGeenVerschil() {
        Map<String, Trend> t = Trends.koppel(Map.of("ASIEL", 794L), null);

        assertThat(t.get("ASIEL").vorig()).isNull();
        assertThat(t.get("ASIEL").verschil()).isNull();
    }
}
