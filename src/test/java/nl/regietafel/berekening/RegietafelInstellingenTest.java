package nl.regietafel.berekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import nl.regietafel.domain.Opgave;

import org.junit.jupiter.api.Test;

class RegietafelInstellingenTest {

    @Test
    void standaardWisseltAsielEnOekraineEenOpEenUit() {
        var tabel = new RegietafelInstellingen().uitwisseltabel();
        assertThat(tabel.factor(Opgave.ASIEL, Opgave.OEKRAINE)).contains(BigDecimal.ONE);
        assertThat(tabel.factor(Opgave.OEKRAINE, Opgave.ASIEL)).contains(BigDecimal.ONE);
        assertThat(tabel.factor(Opgave.ASIEL, Opgave.STATUSHOUDERS)).isEmpty();
    }

    @Test
    void eenLegeLijstIsGeenUitwisseling() {
        var instellingen = new RegietafelInstellingen();
        instellingen.setUitwisseling(List.of());
        assertThat(instellingen.uitwisseltabel().regels()).isEmpty();
    }

    @Test
    void eenOngeldigeRegelKrijgtEenDuidelijkeMelding() {
        var instellingen = new RegietafelInstellingen();
        instellingen.setUitwisseling(List.of("ASIEL=OEKRAINE"));
        assertThatThrownBy(instellingen::uitwisseltabel)
                .hasMessageContaining("regietafel.uitwisseling")
                .hasMessageContaining("ASIEL>OEKRAINE:1");
    }

    @Test
    void eenOnbekendeOpgaveWordtGenoemd() {
        var instellingen = new RegietafelInstellingen();
        instellingen.setUitwisseling(List.of("ASIEL>KAAS:1"));
        assertThatThrownBy(instellingen::uitwisseltabel)
                .hasMessageStartingWith("Ongeldige regel in regietafel.uitwisseling: 'ASIEL>KAAS:1'; KAAS is geen opgave, kies uit ASIEL, ")
                .hasNoCause();
    }
}
