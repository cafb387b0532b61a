package nl.regietafel.domain.statushouders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.verdeling.Eenheid;
import nl.regietafel.domain.verdeling.Toewijzing;
import nl.regietafel.domain.verdeling.Verdeling;
import org.junit.jupiter.api.Test;

/** Art. 29 Huisvestingswet: vg × iG / iN rounded up. */
class PrognosemakerTest {

    @Test
    void uitgewerktVoorbeeld() {
        // given vg = 1.000 over a country of 10.000 inhabitants; a region of three gemeenten
        List<Eenheid> regio = List.of(new Eenheid("GM-X", 1234), new Eenheid("GM-Y", 2000), new Eenheid("GM-Z", 5));
        // when
        Verdeling v = Prognosemaker.taakstelling(1000, regio, 10_000);
        // then 123,4 -> 124; 200 stays 200; 0,5 -> 1
        assertThat(v.toewijzingen()).extracting(Toewijzing::aantal).containsExactly(124L, 200L, 1L);
        assertThat(v.quotum("GM-X")).isEqualByComparingTo("123.4");
    }

    @Test
    void landelijkeSomTenMinsteVgEnMinderDanVgPlusAantalGemeenten() {
        Random r = new Random(21_200L);
        for (int k = 0; k < 200; k++) {
            // given a synthetic country of 342 gemeenten
            List<Eenheid> land = new ArrayList<>();
            for (int i = 0; i < 342; i++) {
                land.add(new Eenheid(String.format("GM%04d", i), 900 + r.nextInt(900_000)));
            }
            long iN = land.stream().mapToLong(Eenheid::gewicht).sum();
            long vg = 5_000 + r.nextInt(30_000);
            // when
            Verdeling v = Prognosemaker.taakstelling(vg, land, iN);
            // then
            assertThat(v.som()).isGreaterThanOrEqualTo(vg).isLessThan(vg + land.size());
            for (Toewijzing t : v.toewijzingen()) {
                assertThat(BigDecimal.valueOf(t.aantal())).isGreaterThanOrEqualTo(t.quotum());
            }
        }
    }

    @Test
    void eenPrognosePerScenario() {
        // given three national scenarios for the second half of 2023
        List<Eenheid> regio = List.of(new Eenheid("GM-X", 1234), new Eenheid("GM-Y", 2000));
        Map<Scenario, Long> landelijk = Map.of(Scenario.HOOG, 2000L, Scenario.LAAG, 500L, Scenario.MIDDEN, 1000L);
        // when
        List<Prognose> p = Prognosemaker.prognose(Peildatum.halfjaar(2023, 2), landelijk, regio, 10_000);
        // then in scenario order, each rounded up per gemeente
        assertThat(p).extracting(Prognose::scenario).containsExactly(Scenario.LAAG, Scenario.MIDDEN, Scenario.HOOG);
        assertThat(p).extracting(x -> x.verdeling().aantal("GM-X")).containsExactly(62L, 124L, 247L);
        assertThat(p).extracting(x -> x.verdeling().aantal("GM-Y")).containsExactly(100L, 200L, 400L);
    }
}
