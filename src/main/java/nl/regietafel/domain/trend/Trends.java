package nl.regietafel.domain.trend;

import java.util.LinkedHashMap;
import java.util.Map;

/** Pairs this period's figures with the previous period's by key (gemeente, opgave, ...). */
public final class Trends {

    private Trends() {
    }

    /**
     * One trend per key of {@code huidig}, in its iteration order. Keys only in {@code vorig}
     * are left out: a figure that is no longer reported is not a figure of zero.
     */
    public static <K> Map<K, Trend> koppel(Map<K, Long> huidig, Map<K, Long> vorig) {
        Map<K, Trend> uit = new LinkedHashMap<>();
        huidig.forEach((k, v) -> uit.put(k, new Trend(v, vorig == null ? null : vorig.get(k))));
        return uit;
    }
}
