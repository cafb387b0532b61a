package nl.regietafel.domain.kaart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outline of a group of areas: the arcs that only one of them uses. An arc two members share
 * is an inner border (TopoJSON stores a shared border once), so what is left is the edge of the
 * group — the region's outline without computing a polygon union.
 */
public final class Omtrek {

    private Omtrek() {
    }

    /** The outer arcs of {@code vlakken}, each as a polyline in map coordinates. */
    public static List<double[][]> van(Topologie topologie, Collection<Vlak> vlakken) {
        Map<Integer, Integer> gebruik = new HashMap<>();
        List<Integer> volgorde = new ArrayList<>();
        for (Vlak v : vlakken) {
            for (List<int[]> polygoon : v.polygonen()) {
                for (int[] ring : polygoon) {
                    for (int ref : ring) {
                        int index = ref < 0 ? ~ref : ref;
                        if (gebruik.merge(index, 1, Integer::sum) == 1) volgorde.add(index);
                    }
                }
            }
        }
        List<double[][]> uit = new ArrayList<>();
        for (int index : volgorde) {
            if (gebruik.get(index) == 1) uit.add(topologie.boog(index));
        }
        return uit;
    }
}
