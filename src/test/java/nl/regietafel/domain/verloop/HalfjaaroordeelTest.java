package nl.regietafel.domain.verloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.statushouders.Voortgang;

import org.junit.jupiter.api.Test;

class HalfjaaroordeelTest {

    private static final Peildatum H2_2023 = Peildatum.of("2023-2");

    private static Toezichtschaal schaal(int adequaat, int redelijk) {
        return new Toezichtschaal("PV23", "test", "test", true, List.of(
                new Toezichtschaal.Categorie("niet adequaat", BigDecimal.ZERO, ""),
                new Toezichtschaal.Categorie("adequaat", BigDecimal.valueOf(adequaat), ""),
                new Toezichtschaal.Categorie("redelijk adequaat", BigDecimal.valueOf(redelijk), "")));
    }

    @Test
    void doorschuivenEnCategorieAanHetEindVanHetHalfjaar() {
        // given: taakstelling 40, achterstand 6 carried in → gecorrigeerd 46; housed 37 by December
        Voortgang december = new Voortgang("GM0141", H2_2023, YearMonth.of(2023, 12), 40, 6, 37);

        Halfjaaroordeel o = Halfjaaroordeel.van(december, schaal(100, 75)).orElseThrow();

        // then: 46 − 37 = 9 carried into 2024-1; 37/46 = 80,4% → between 75 and 100: "redelijk adequaat"
        assertThat(o.gecorrigeerd()).isEqualTo(46L);
        assertThat(o.doorschuiven()).isEqualTo(9L);
        assertThat(o.gehaald()).isFalse();
        assertThat(o.procent()).isEqualByComparingTo("80.4");
        assertThat(o.categorie().naam()).isEqualTo("redelijk adequaat");
    }

    @Test
    void eenAndereSchaalGeeftEenAnderOordeel() {
        Voortgang december = new Voortgang("GM0141", H2_2023, YearMonth.of(2023, 12), 40, 6, 37);
        // with "redelijk adequaat" from 90%, 80,4% is "niet adequaat"
        assertThat(Halfjaaroordeel.van(december, schaal(100, 90)).orElseThrow().categorie().naam()).isEqualTo("niet adequaat");
    }

    @Test
    void exactVergelekenEnVoorsprongTeltAlsGehaald() {
        // 2.499 of 2.500 is 99,96%: rounded it would print 100,0 but it is not met
        Voortgang bijna = new Voortgang("GM0153", H2_2023, YearMonth.of(2023, 12), 2500, 0, 2499);
        assertThat(Halfjaaroordeel.van(bijna, schaal(100, 75)).orElseThrow().categorie().naam()).isEqualTo("redelijk adequaat");
        // 12 housed of 10 asked: met, voorsprong 2 carried as −2
        Voortgang voor = new Voortgang("GM0147", H2_2023, YearMonth.of(2023, 12), 10, 0, 12);
        Halfjaaroordeel o = Halfjaaroordeel.van(voor, schaal(100, 75)).orElseThrow();
        assertThat(o.gehaald()).isTrue();
        assertThat(o.doorschuiven()).isEqualTo(-2L);
        assertThat(o.categorie().naam()).isEqualTo("adequaat");
    }

    @Test
    void geenOordeelVoorHetEindeVanHetHalfjaar() {
        Voortgang november = new Voortgang("GM0141", H2_2023, YearMonth.of(2023, 11), 40, 6, 30);
        assertThat(Halfjaaroordeel.van(november, schaal(100, 75))).isEmpty();
    }

    @Test
    void cumulatiefTegenDeLijnOpSchema() {
        // gecorrigeerd 46 spread evenly: after month 2 46·2/6 = 15,3; after month 6 46
        var verloop = new Halfjaarverloop("GM0141", H2_2023, List.of(
                new Voortgang("GM0141", H2_2023, YearMonth.of(2023, 7), 40, 6, 5),
                new Voortgang("GM0141", H2_2023, YearMonth.of(2023, 8), 40, 6, 12)));
        assertThat(verloop.opSchema(2)).isEqualByComparingTo("15.3");
        assertThat(verloop.opSchema(6)).isEqualByComparingTo("46.0");
        assertThat(verloop.afgesloten()).isFalse();
        assertThat(verloop.doorschuiven()).isEmpty();
    }
}
