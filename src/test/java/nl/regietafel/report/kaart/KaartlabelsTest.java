package nl.regietafel.report.kaart;

import java.util.List;

import nl.regietafel.domain.kaart.Kaartvlak;
import nl.regietafel.report.kaart.Kaartbeeld.Kaartgebied;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A label stays on its map, also for a gemeente on the region's edge. */
class KaartlabelsTest {

    private static final double KAARTBREEDTE = 600;

    private static Kaartvlak vlakMetLabelOp(double x) {
        double[][] ring = {{x - 5, 50}, {x, 40}, {x + 5, 50}};
        List<double[][]> ringen = java.util.Collections.singletonList(ring);
        return new Kaartvlak("GM0523", ringen, x, 50);
    }

    private static Kaartgebied gebied(String naam) {
        return new Kaartgebied("GM0523", naam, "", "#000000", naam, true);
    }

    @Test
    void aLongNameAtTheRightEdgeMovesInwardsUntilItFits() {
        Kaartgebied g = gebied("Hardinxveld-Giessendam");
        double[] vak = Kaartlabels.vak(vlakMetLabelOp(590), g, 1, KAARTBREEDTE);

        assertThat(vak[2]).isLessThanOrEqualTo(KAARTBREEDTE);
        assertThat(vak[2] - vak[0]).isEqualTo(22 * 10.5 * 0.62, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Kaartlabels.midden(vlakMetLabelOp(590), g, 1, KAARTBREEDTE)).isLessThan(590);
        // at the left edge likewise, with the map's text size of the factsheet's locator map
        double[] links = Kaartlabels.vak(vlakMetLabelOp(3), gebied("Súdwest-Fryslân"), 2, KAARTBREEDTE);
        assertThat(links[0]).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aLabelWithRoomStaysOnItsArea() {
        assertThat(Kaartlabels.midden(vlakMetLabelOp(300), gebied("Almelo"), 1, KAARTBREEDTE)).isEqualTo(300);
    }

    @Test
    void aLabelWiderThanTheMapIsCentredOnIt() {
        assertThat(Kaartlabels.midden(vlakMetLabelOp(10), gebied("Hardinxveld-Giessendam"), 5, KAARTBREEDTE))
                .isEqualTo(KAARTBREEDTE / 2);
    }
}
