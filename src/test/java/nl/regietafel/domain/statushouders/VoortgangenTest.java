package nl.regietafel.domain.statushouders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import org.junit.jupiter.api.Test;

class VoortgangenTest {

    private static final Peildatum H1 = Peildatum.halfjaar(2023, 1);
    private static final YearMonth JUNI = YearMonth.of(2023, 6);

    @Test
    void regioIsDeSomVanDeGemeenten() {
        // given two gemeenten at the end of the half year
        Voortgang a = new Voortgang("GM0141", H1, JUNI, 88, 5, 90);
        Voortgang b = new Voortgang("GM0147", H1, JUNI, 29, -4, 20);
        // when
        Voortgang regio = Voortgangen.regio("VR05", List.of(a, b));
        // then 110 housed of a corrected 118
        assertThat(regio.gecorrigeerdeTaakstelling()).isEqualTo(118);
        assertThat(regio.gehuisvest()).isEqualTo(110);
        assertThat(regio.percentage()).isEqualByComparingTo("93.2");
        assertThat(regio.opSchema()).isFalse();
    }

    @Test
    void achterstandGaatMeeNaarHetVolgendeHalfjaar() {
        // given 90 housed of a corrected 93 at the end of June
        Voortgang eind = new Voortgang("GM0141", H1, JUNI, 88, 5, 90);
        // when the circulaire for the second half asks 110
        StatushoudersRegel volgend = Voortgangen.doorschuiven(eind, 110);
        // then 3 are carried in, 113 to house
        assertThat(volgend.halfjaar()).isEqualTo(Peildatum.halfjaar(2023, 2));
        assertThat(volgend.achterstandBeginPeriode()).isEqualTo(3);
        assertThat(Voortgang.van("GM0141", volgend, YearMonth.of(2023, 7)).gecorrigeerdeTaakstelling()).isEqualTo(113);
    }
}
