package nl.regietafel.domain.realisatie;

import static nl.regietafel.domain.TestLocaties.locatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import org.junit.jupiter.api.Test;

/** Procesplan §2.3 and §3.2: the gaps it states. */
class GapProcesplanTest {

    private static final Peildatum APRIL_2023 = Peildatum.of("2023-04-01");
    private static final Peildatum JANUARI_2024 = Peildatum.of("2024-01-01");

    /** The procesplan gives only the total of 794 regular places in three AZC's; this split is invented. */
    private final List<Locatie> december2022 = List.of(
            locatie("AZC Hengelo", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300, LocatieStatus.IN_GEBRUIK),
            locatie("AZC Almelo", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 294, LocatieStatus.IN_GEBRUIK),
            locatie("AZC Albergen", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 200, LocatieStatus.IN_GEBRUIK),
            locatie("CNO Enschede", Doelgroep.ASIELZOEKERS, LocatieSoort.CNO, 59, LocatieStatus.IN_GEBRUIK));

    @Test
    void elfHonderdVijftigExtraPlekkenPerEenAprilDrieentwintig() {
        // given 794 regular places (CNO does not count) and 1.944 asked by 1-4-2023
        Stand asiel = Realisatieteller.tel(Opgave.ASIEL, december2022);
        // when
        Gap gap = Gap.van(Opgave.ASIEL, APRIL_2023, "VR05", 1944, asiel);
        // then
        assertThat(asiel.realisatie()).isEqualTo(794);
        assertThat(gap.gap()).isEqualTo(1150);
    }

    @Test
    void tweehonderdTwintigMeerPerEenJanuariEnDertienZeventigInTotaal() {
        // when 1.944 have been realised by then, 2.164 are asked by 1-1-2024
        Gap daarna = new Gap(Opgave.ASIEL, JANUARI_2024, "VR05", 2164, 1944, 0);
        Gap totaal = Gap.van(Opgave.ASIEL, JANUARI_2024, "VR05", 2164, Realisatieteller.tel(Opgave.ASIEL, december2022));
        // then
        assertThat(daarna.gap()).isEqualTo(220);
        assertThat(totaal.gap()).isEqualTo(1370);
    }

    @Test
    void pijplijnVerkleintDeGapNaRealisatie() {
        // given Albergen still in preparation ("in oprichting")
        List<Locatie> metPijplijn = List.of(
                locatie("AZC Hengelo", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 300, LocatieStatus.IN_GEBRUIK),
                locatie("AZC Almelo", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 294, LocatieStatus.IN_GEBRUIK),
                locatie("AZC Albergen", Doelgroep.ASIELZOEKERS, LocatieSoort.AZC, 200, LocatieStatus.IN_AANBOUW));
        // when
        Gap gap = Gap.van(Opgave.ASIEL, APRIL_2023, "VR05", 1944, Realisatieteller.tel(Opgave.ASIEL, metPijplijn));
        // then
        assertThat(gap.gap()).isEqualTo(1350);
        assertThat(gap.gapNaPijplijn()).isEqualTo(1150);
    }

    @Test
    void amvOpgaveHonderdDrieentachtig() {
        // given no AMV places yet (Tabel 2.2: "-") and 183 asked by 1-1-2024
        Gap amv = Gap.van(Opgave.ASIEL_AMV, JANUARI_2024, "VR05", 183, Realisatieteller.tel(Opgave.ASIEL_AMV, december2022));
        // then
        assertThat(amv.gap()).isEqualTo(183);
        assertThat(amv.gapNaPijplijn()).isEqualTo(183);
    }

    @Test
    void gapsPerOpgaveVoorDeRegio() {
        // given the opgaven of Tabel 2.2 for 2024 (statushouders are persons, not places)
        Map<Opgave, Long> opgaven = new LinkedHashMap<>();
        opgaven.put(Opgave.ASIEL, 2164L);
        opgaven.put(Opgave.ASIEL_AMV, 183L);
        opgaven.put(Opgave.STATUSHOUDERS, 1550L);
        // when
        List<Gap> gaps = Gaps.bereken("VR05", JANUARI_2024, opgaven, december2022);
        // then
        assertThat(gaps).extracting(Gap::opgave).containsExactly(Opgave.ASIEL, Opgave.ASIEL_AMV);
        assertThat(gaps).extracting(Gap::gap).containsExactly(1370L, 183L);
    }
}
