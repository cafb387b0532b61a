package nl.regietafel.domain.statushouders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import org.junit.jupiter.api.Test;

class VoortgangTest {

    private static final Peildatum H1_2023 = Peildatum.halfjaar(2023, 1);

    @Test
    void gecorrigeerdeTaakstellingPercentageEnSchema() {
        // given taakstelling 88 with an achterstand of 5 carried in, 47 housed by the end of March
        StatushoudersRegel regel = new StatushoudersRegel(H1_2023, 88, 5, 47, 2, "corporaties");
        // when
        Voortgang v = Voortgang.van("GM0141", regel, YearMonth.of(2023, 3));
        // then
        assertThat(v.gecorrigeerdeTaakstelling()).isEqualTo(93);
        assertThat(v.maandInHalfjaar()).isEqualTo(3);
        assertThat(v.normOpSchema()).isEqualByComparingTo("46.5");
        assertThat(v.opSchema()).isTrue();
        assertThat(v.percentage()).isEqualByComparingTo("50.5");
        assertThat(v.achterstand()).isEqualTo(46);
        assertThat(v.volgendHalfjaar()).isEqualTo(Peildatum.halfjaar(2023, 2));
        assertThat(v.alsGap().gap()).isEqualTo(46);
    }

    @Test
    void eenMinderDanDeNormIsAchterOpSchema() {
        Voortgang v = new Voortgang("GM0141", H1_2023, YearMonth.of(2023, 3), 88, 5, 46);

        assertThat(v.opSchema()).isFalse();
    }

    @Test
    void voorsprongVerlaagtDeTaakstellingEnWordtDoorgeschoven() {
        // given a voorsprong of 10 on a taakstelling of 30, 25 housed by December
        Voortgang v = new Voortgang("GM0147", Peildatum.halfjaar(2023, 2), YearMonth.of(2023, 12), 30, -10, 25);
        // then
        assertThat(v.gecorrigeerdeTaakstelling()).isEqualTo(20);
        assertThat(v.maandInHalfjaar()).isEqualTo(6);
        assertThat(v.percentage()).isEqualByComparingTo(new BigDecimal("125.0"));
        assertThat(v.achterstand()).isEqualTo(-5);
        assertThat(v.volgendHalfjaar()).isEqualTo(Peildatum.halfjaar(2024, 1));
    }

    @Test
    void achterstandDieEenHalfjaarInKomt() {
        // given Enschede's 2e helft 2022 in December: taakstelling and carry-in such that 5 more were
        // housed than the gecorrigeerde taakstelling asked (a voorsprong of 5)
        Voortgang v = new Voortgang("GM0153", Peildatum.halfjaar(2022, 2), YearMonth.of(2022, 12), 180, 2, 187);
        // then the half year itself started with its own achterstand of 2
        assertThat(v.achterstandIn(Peildatum.halfjaar(2022, 2))).isEqualTo(2);
        // and 1e helft 2023 starts with 180 + 2 − 187 = −5 (voorsprong): taakstelling 193 → 188 to house
        assertThat(v.achterstandIn(Peildatum.halfjaar(2023, 1))).isEqualTo(-5);
        // a later half year or a whole year: not known yet, nothing carried
        assertThat(v.achterstandIn(Peildatum.halfjaar(2023, 2))).isZero();
        assertThat(v.achterstandIn(Peildatum.of("2024"))).isZero();
    }

    @Test
    void maandenInHetHalfjaar() {
        assertThat(Halfjaar.maandInHalfjaar(YearMonth.of(2023, 1))).isEqualTo(1);
        assertThat(Halfjaar.maandInHalfjaar(YearMonth.of(2023, 6))).isEqualTo(6);
        assertThat(Halfjaar.maandInHalfjaar(YearMonth.of(2023, 7))).isEqualTo(1);
        assertThat(Halfjaar.maandInHalfjaar(YearMonth.of(2023, 12))).isEqualTo(6);
        assertThat(Halfjaar.van(YearMonth.of(2022, 12))).isEqualTo(Peildatum.halfjaar(2022, 2));
    }

    @Test
    void geenPercentageZonderTaak() {
        Voortgang v = new Voortgang("GM0147", H1_2023, YearMonth.of(2023, 2), 10, -10, 3);

        assertThat(v.percentage()).isNull();
        assertThat(v.opSchema()).isTrue();
    }

    @Test
    void peilmaandBuitenHetHalfjaarWordtGeweigerd() {
        assertThatThrownBy(() -> new Voortgang("GM0147", H1_2023, YearMonth.of(2023, 7), 10, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valt niet in 1e helft 2023");
        assertThatThrownBy(() -> new Voortgang("GM0147", Peildatum.of("2023-04-01"), YearMonth.of(2023, 4), 10, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per halfjaar");
    }
}
