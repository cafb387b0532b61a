package nl.regietafel.report.kaart;

import java.util.List;

/** The region at a glance: a map per main opgave and the traffic-light matrix. */
public record Regioblik(List<Kaartbeeld> kaarten, Stoplichtmatrix matrix) {

    /** Figure names for {@code <img src="grafiek:…"/>}: kaart1, kaart2, … */
    public static String naam(int index) {
        return "kaart" + (index + 1);
    }
}
