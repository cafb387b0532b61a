package nl.regietafel.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PopulatiekeuzeTest {

    private static final List<String> SETS = List.of("cbs-2022", "procesplan-bijlage-3");

    @Test
    void eenOntbrekendeSetWordtGemeld() {
        assertThat(Populatiekeuze.waarschuwing("procesplan-bijlage3", SETS, "cbs-2022")).contains(
                "verdeling: de populatieset procesplan-bijlage3 (instelling regietafel.populatieset) staat niet in de "
                        + "referentiegegevens; verdeeld met cbs-2022. Beschikbaar: cbs-2022, procesplan-bijlage-3.");
    }

    @Test
    void eenAanwezigeSetNiet() {
        assertThat(Populatiekeuze.waarschuwing("procesplan-bijlage-3", SETS, "cbs-2022")).isEmpty();
    }
}
