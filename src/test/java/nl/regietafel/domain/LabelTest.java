package nl.regietafel.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelTest {

    @Test
    void keyDropsAccentsCaseAndExtraSpaceIncludingNonBreakingOnes() {
        assertThat(Label.sleutel("  Oekraïners\u00a0 in\topvang  ")).isEqualTo("oekrainers in opvang");
        assertThat(Label.sleutel("Café")).isEqualTo("cafe");
    }

    @Test
    void labelIsFoundWhateverItsSpelling() {
        assertThat(Label.vanTekst(Doelgroep.class, " OEKRAINERS ")).contains(Doelgroep.OEKRAINERS);
        assertThat(Label.vanTekst(Doelgroep.class, "statushouders")).contains(Doelgroep.STATUSHOUDERS);
        assertThat(Label.vanTekst(Doelgroep.class, "toeristen")).isEmpty();
    }
}
