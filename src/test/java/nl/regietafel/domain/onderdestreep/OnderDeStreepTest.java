package nl.regietafel.domain.onderdestreep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Opgave;
import org.junit.jupiter.api.Test;

class OnderDeStreepTest {

    /** Gemeente A does less for ASIEL and more for OEKRAINE; B the other way round. */
    private final List<Bijdrage> bijdragen = List.of(
            new Bijdrage("GM-A", Opgave.ASIEL, 100, 60),
            new Bijdrage("GM-A", Opgave.OEKRAINE, 50, 100),
            new Bijdrage("GM-A", Opgave.ASIEL_AMV, 10, 10),
            new Bijdrage("GM-B", Opgave.ASIEL, 100, 120),
            new Bijdrage("GM-B", Opgave.OEKRAINE, 50, 40),
            new Bijdrage("GM-B", Opgave.ASIEL_AMV, 10, 5));

    @Test
    void saldoPerGemeentePerOpgave() {
        // when
        Map<String, Balans> perGemeente = OnderDeStreep.perGemeente(bijdragen, Uitwisseltabel.geen());
        // then
        assertThat(perGemeente.get("GM-A").positie(Opgave.ASIEL).saldo()).isEqualTo(-40);
        assertThat(perGemeente.get("GM-A").positie(Opgave.OEKRAINE).saldo()).isEqualTo(50);
        assertThat(perGemeente.get("GM-B").positie(Opgave.ASIEL).saldo()).isEqualTo(20);
        assertThat(perGemeente.get("GM-B").positie(Opgave.ASIEL_AMV).saldo()).isEqualTo(-5);
        assertThat(bijdragen.get(0).saldo()).isEqualTo(-40);
    }

    @Test
    void standaardtabelDektTekortAsielMetOverschotOekraine() {
        // given the region: ASIEL 200 asked, 180 realised; OEKRAINE 100 asked, 140 realised
        // when
        Balans regio = OnderDeStreep.regio("VR05", bijdragen, Uitwisseltabel.standaard());
        // then ASIEL is short on its own, but met below the line
        Positie asiel = regio.positie(Opgave.ASIEL);
        assertThat(asiel.saldo()).isEqualTo(-20);
        assertThat(asiel.gehaald()).isFalse();
        assertThat(asiel.saldoNaUitwisseling()).isZero();
        assertThat(asiel.gehaaldNaUitwisseling()).isTrue();
        assertThat(regio.positie(Opgave.OEKRAINE).saldoNaUitwisseling()).isEqualTo(20);
        assertThat(regio.uitruil()).containsExactly(new Uitruil(Opgave.OEKRAINE, Opgave.ASIEL, 20, 20));
        // and AMV is not exchangeable by default
        assertThat(regio.positie(Opgave.ASIEL_AMV).saldoNaUitwisseling()).isEqualTo(-5);
        assertThat(regio.onderDeStreepGehaald()).isFalse();
    }

    @Test
    void andereTabelGeeftAndereStreep() {
        // given the same figures without AMV
        List<Bijdrage> zonderAmv = bijdragen.stream().filter(b -> b.opgave() != Opgave.ASIEL_AMV).toList();
        // when
        Balans standaard = OnderDeStreep.regio("VR05", zonderAmv, Uitwisseltabel.standaard());
        Balans geen = OnderDeStreep.regio("VR05", zonderAmv, Uitwisseltabel.geen());
        Balans vierOpEen = OnderDeStreep.regio("VR05", zonderAmv,
                Uitwisseltabel.geen().met(Opgave.OEKRAINE, Opgave.ASIEL, new BigDecimal("0.25")));
        // then
        assertThat(standaard.onderDeStreepGehaald()).isTrue();
        assertThat(geen.onderDeStreepGehaald()).isFalse();
        assertThat(geen.positie(Opgave.ASIEL).saldoNaUitwisseling()).isEqualTo(-20);
        // four Oekraïne places per asylum place: 40 surplus covers only 10
        assertThat(vierOpEen.onderDeStreepGehaald()).isFalse();
        assertThat(vierOpEen.positie(Opgave.ASIEL).saldoNaUitwisseling()).isEqualTo(-10);
        assertThat(vierOpEen.positie(Opgave.OEKRAINE).saldoNaUitwisseling()).isZero();
    }

    @Test
    void perGemeenteWerktUitwisselingOokBinnenDeGemeente() {
        Map<String, Balans> perGemeente = OnderDeStreep.perGemeente(bijdragen, Uitwisseltabel.standaard());

        assertThat(perGemeente.get("GM-A").positie(Opgave.ASIEL).gehaaldNaUitwisseling()).isTrue();
        assertThat(perGemeente.get("GM-B").uitruil()).containsExactly(new Uitruil(Opgave.ASIEL, Opgave.OEKRAINE, 10, 10));
    }

    @Test
    void ongeldigeUitwisseling() {
        assertThatThrownBy(() -> Uitwisseltabel.geen().met(Opgave.ASIEL, Opgave.ASIEL, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verschillende opgaven");
        assertThatThrownBy(() -> Uitwisseltabel.geen().met(Opgave.ASIEL, Opgave.OEKRAINE, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groter dan nul");
        assertThat(Uitwisseltabel.standaard().factor(Opgave.ASIEL, Opgave.OEKRAINE)).contains(BigDecimal.ONE);
        assertThat(Uitwisseltabel.standaard().factor(Opgave.ASIEL_AMV, Opgave.OEKRAINE)).isEmpty();
    }
}
