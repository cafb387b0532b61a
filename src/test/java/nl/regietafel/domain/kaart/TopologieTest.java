package nl.regietafel.domain.kaart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Two unit squares side by side, sharing the arc x = 1: arc 0 the shared border (1,0)→(1,1),
 * arc 1 the rest of the left square, arc 2 the rest of the right square.
 */
class TopologieTest {

    // Quantized with scale 0,5 and translate (10, 50): positions are q × 0,5 + (10, 50).
    private static final List<int[][]> BOGEN = List.of(
            new int[][]{{2, 0}, {0, 2}},                    // (11,50) → (11,51)
            new int[][]{{2, 2}, {-2, 0}, {0, -2}, {2, 0}},   // (11,51) → (10,51) → (10,50) → (11,50)
            new int[][]{{2, 0}, {2, 0}, {0, 2}, {-2, 0}});   // (11,50) → (12,50) → (12,51) → (11,51)
    private static final Vlak LINKS = new Vlak("GM0001", List.of(List.<int[]>of(new int[]{0, 1})));
    private static final Vlak RECHTS = new Vlak("GM0002", List.of(List.<int[]>of(new int[]{2, ~0})));

    private static Topologie topologie() {
        return Topologie.gekwantiseerd(BOGEN, new double[]{0.5, 0.5}, new double[]{10, 50},
                Map.of("gm", List.of(LINKS, RECHTS)));
    }

    @Test
    void decodeertDeltasMetSchaalEnVerschuiving() {
        double[][] boog = topologie().boog(1);
        assertThat(boog).isDeepEqualTo(new double[][]{{11, 51}, {10, 51}, {10, 50}, {11, 50}});
    }

    @Test
    void eenOmgekeerdeBoogLooptAchteruit() {
        assertThat(topologie().boog(~0)).isDeepEqualTo(new double[][]{{11, 51}, {11, 50}});
    }

    @Test
    void eenRingLaatHetHerhaaldeBeginpuntVanElkeVolgendeBoogWeg() {
        // Arc 0 (2 points) + arc 1 without its first point (3 points) = 5 points, closed.
        List<double[]> ring = topologie().ring(new int[]{0, 1});
        assertThat(ring).hasSize(5);
        assertThat(ring.get(0)).containsExactly(11, 50);
        assertThat(ring.get(4)).containsExactly(11, 50);
    }

    @Test
    void deOmtrekLaatDeGedeeldeGrensWeg() {
        Topologie t = topologie();
        List<double[][]> omtrek = Omtrek.van(t, List.of(LINKS, RECHTS));
        // Arc 0 is used by both squares: only arcs 1 and 2 are the outline.
        assertThat(omtrek).hasSize(2);
        assertThat(omtrek.get(0)).hasDimensions(4, 2);
        // One square alone: its whole border.
        assertThat(Omtrek.van(t, List.of(LINKS))).hasSize(2);
    }

    @Test
    void deKaartPastInHetVakMetNoordBoven() {
        // 2° wide × 1° high at 50,5° N: projected width 2 × cos(50,5°) = 1,272; in 200 × 200 with margin 0
        // the scale is 200 / 1,272 = 157,2 and the height 157,2 px, centred: top at (200 − 157,2) / 2 = 21,4.
        Kaart k = new Kaartmaker(topologie()).maak("gm", List.of("GM0001", "GM0002", "GM9999"), 200, 200, 0);
        assertThat(k.vlakken()).extracting(Kaartvlak::code).containsExactly("GM0001", "GM0002");
        Kaartvlak links = k.vlak("GM0001");
        double[] noordwest = links.ringen().get(0)[2]; // (10, 51)
        assertThat(noordwest[0]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(noordwest[1]).isCloseTo(21.4, org.assertj.core.data.Offset.offset(0.1));
        // The label of the left square sits at its centre: x = 50 px, y = 100 px.
        assertThat(links.labelX()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
        assertThat(links.labelY()).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
    }
}
