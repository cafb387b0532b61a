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
    void deRegioIsDeSomVanWatDeGemeentenUitwisselen() {
        // given A: ASIEL −40, OEKRAINE +50; B: ASIEL +20, OEKRAINE −10 (AMV: A 0, B −5)
        // when
        Balans regio = OnderDeStreep.regio("VR05", bijdragen, Uitwisseltabel.standaard());
        // then A spends 40 Oekraïne places on its asiel deficit, B 10 asiel places on its Oekraïne deficit
        assertThat(regio.uitruil()).containsExactly(new Uitruil(Opgave.OEKRAINE, Opgave.ASIEL, 40, 40),
                new Uitruil(Opgave.ASIEL, Opgave.OEKRAINE, 10, 10));
        // ASIEL: 200 asked, 180 realised, −20; received 40 (A), spent 10 (B): −20 + 40 − 10 = +10
        Positie asiel = regio.positie(Opgave.ASIEL);
        assertThat(asiel.saldo()).isEqualTo(-20);
        assertThat(asiel.gehaald()).isFalse();
        assertThat(asiel.ontvangen()).isEqualTo(40);
        assertThat(asiel.ingezet()).isEqualTo(10);
        assertThat(asiel.saldoNaUitwisseling()).isEqualTo(10);
        // OEKRAINE: 100 asked, 140 realised, +40; received 10, spent 40: +10
        assertThat(regio.positie(Opgave.OEKRAINE).saldoNaUitwisseling()).isEqualTo(10);
        // and AMV is not exchangeable by default
        assertThat(regio.positie(Opgave.ASIEL_AMV).saldoNaUitwisseling()).isEqualTo(-5);
        assertThat(regio.onderDeStreepGehaald()).isFalse();
        // every regional figure is the sum of the gemeenten's
        Map<String, Balans> perGemeente = OnderDeStreep.perGemeente(bijdragen, Uitwisseltabel.standaard());
        for (Positie p : regio.posities()) {
            assertThat(p.saldoNaUitwisseling()).isEqualTo(perGemeente.values().stream()
                    .mapToLong(g -> g.positie(p.opgave()).saldoNaUitwisseling()).sum());
        }
    }

    @Test
    void deRegioRuiltZijnTotalenNietOpnieuw() {
        // given Almelo as in the sample month (asiel +70, Oekraïne −196) and a gemeente short on both.
        // The region is short on both opgaven, so regional totals could exchange nothing, yet
        // Almelo spends its 70 asiel places on its own Oekraïne deficit.
        List<Bijdrage> twee = List.of(
                new Bijdrage("GM0141", Opgave.ASIEL, 224, 294),
                new Bijdrage("GM0141", Opgave.OEKRAINE, 416, 220),
                new Bijdrage("GM0153", Opgave.ASIEL, 493, 0),
                new Bijdrage("GM0153", Opgave.OEKRAINE, 1008, 716));
        // when
        Balans regio = OnderDeStreep.regio("VR05", twee, Uitwisseltabel.standaard());
        // then the region's "via uitwisseling" is Almelo's 70, not 0: ASIEL 717 − 294 = −423 → −493;
        // OEKRAINE 1.424 − 936 = −488 → −418
        Positie asiel = regio.positie(Opgave.ASIEL);
        assertThat(asiel.saldo()).isEqualTo(-423);
        assertThat(asiel.ingezet()).isEqualTo(70);
        assertThat(asiel.saldoNaUitwisseling()).isEqualTo(-493);
        Positie oekraine = regio.positie(Opgave.OEKRAINE);
        assertThat(oekraine.saldo()).isEqualTo(-488);
        assertThat(oekraine.ontvangen()).isEqualTo(70);
        assertThat(oekraine.saldoNaUitwisseling()).isEqualTo(-418);
        assertThat(regio.uitruil()).containsExactly(new Uitruil(Opgave.ASIEL, Opgave.OEKRAINE, 70, 70));
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
        // four Oekraïne places per asylum place: A's 50 surplus covers floor(12,5) = 12 of its 40,
        // spending 48; B exchanges nothing. ASIEL −20 + 12 = −8, OEKRAINE +40 − 48 = −8
        assertThat(vierOpEen.onderDeStreepGehaald()).isFalse();
        assertThat(vierOpEen.positie(Opgave.ASIEL).saldoNaUitwisseling()).isEqualTo(-8);
        assertThat(vierOpEen.positie(Opgave.OEKRAINE).saldoNaUitwisseling()).isEqualTo(-8);
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
