package nl.regietafel.report.kaart;

import java.util.List;

import nl.regietafel.domain.tijdlijn.Tijdlijn;

/** The region at a glance: a map per main opgave, the traffic-light matrix and the timelines of places. */
public record Regioblik(List<Kaartbeeld> kaarten, Stoplichtmatrix matrix, List<Tijdlijn> tijdlijnen) {

    /** Figure names for {@code <img src="grafiek:…"/>}: kaart1, kaart2, … */
    public static String naam(int index) {
        return "kaart" + (index + 1);
    }

    /** Figure names of the timelines: tijdlijn1, tijdlijn2. */
    public static String tijdlijn(int index) {
        return "tijdlijn" + (index + 1);
    }

    /** "dec. 2022": the month labels of the timelines. */
    public static String maand(java.time.YearMonth m) {
        return m.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.forLanguageTag("nl-NL")));
    }
}
