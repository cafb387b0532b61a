package nl.regietafel.domain.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NlFormaatTest {

    @Test
    void nederlandseGetallen() {
        assertThat(NlFormaat.getal(1944)).isEqualTo("1.944");
        assertThat(NlFormaat.getal(1171910)).isEqualTo("1.171.910");
        assertThat(NlFormaat.verschil(1)).isEqualTo("+1");
        assertThat(NlFormaat.verschil(-1370)).isEqualTo("-1.370");
        assertThat(NlFormaat.procent(new BigDecimal("54.0884"), 2)).isEqualTo("54,09 %");
        assertThat(NlFormaat.procent(new BigDecimal("54.05"), 1)).isEqualTo("54,1 %");
        assertThat(NlFormaat.procent(new BigDecimal("54"), 0)).isEqualTo("54 %");
    }

    @Test
    void datumsOpVolgorde() {
        Controle goed = Controles.datumsOpVolgorde("D1", "Open vanaf voor beschikbaar tot", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 4, 1));
        Controle fout = Controles.datumsOpVolgorde("D2", "Open vanaf voor beschikbaar tot", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 4, 1));

        assertThat(goed.uitkomst()).isEqualTo(Uitkomst.IN_ORDE);
        assertThat(fout.uitkomst()).isEqualTo(Uitkomst.AFWIJKING);
        assertThat(fout.gevonden()).isEqualTo("1 juni 2023 ligt na 1 april 2023");
    }
}
