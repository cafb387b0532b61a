package nl.regietafel.domain.kaart;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regietafel.domain.stoplicht.Stoplicht;
import nl.regietafel.domain.stoplicht.Stoplichtdrempels;

import org.junit.jupiter.api.Test;

class VoortgangsklasseTest {

    @Test
    void klassenPerKwartVanDeOpgave() {
        assertThat(Voortgangsklasse.van(0, 200)).isEqualTo(Voortgangsklasse.MINDER_DAN_25);
        assertThat(Voortgangsklasse.van(49, 200)).isEqualTo(Voortgangsklasse.MINDER_DAN_25);   // 24,5 %
        assertThat(Voortgangsklasse.van(50, 200)).isEqualTo(Voortgangsklasse.VAN_25_TOT_50);   // 25 %
        assertThat(Voortgangsklasse.van(150, 200)).isEqualTo(Voortgangsklasse.VAN_75_TOT_100); // 75 %
        assertThat(Voortgangsklasse.van(199, 200)).isEqualTo(Voortgangsklasse.VAN_75_TOT_100); // 99,5 %
        assertThat(Voortgangsklasse.van(200, 200)).isEqualTo(Voortgangsklasse.VOLLEDIG);
        assertThat(Voortgangsklasse.van(12, 0)).isEqualTo(Voortgangsklasse.GEEN_OPGAVE);
        assertThat(Voortgangsklasse.VOLLEDIG.kleur()).isNotEqualTo(Voortgangsklasse.MINDER_DAN_25.kleur());
    }

    @Test
    void stoplichtMetDeStandaardDrempels() {
        Stoplichtdrempels d = Stoplichtdrempels.STANDAARD; // op schema ≥ 90 %, achter ≥ 50 %
        assertThat(d.status(90, 100)).isEqualTo(Stoplicht.OP_SCHEMA);
        assertThat(d.status(89, 100)).isEqualTo(Stoplicht.ACHTER);
        assertThat(d.status(50, 100)).isEqualTo(Stoplicht.ACHTER);
        assertThat(d.status(49, 100)).isEqualTo(Stoplicht.VER_ACHTER);
        assertThat(d.status(0, 0)).isEqualTo(Stoplicht.GEEN_OPGAVE);
        assertThat(new Stoplichtdrempels(100, 75).status(80, 100)).isEqualTo(Stoplicht.ACHTER);
    }
}
