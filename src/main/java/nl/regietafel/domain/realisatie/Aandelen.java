package nl.regietafel.domain.realisatie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Maandretour;

/**
 * The locations of each gemeente, with a shared location ({@code Gedeeld met}) in the list of
 * every gemeente that shares it, for its share. The return gives no split of its own, so the
 * places are divided equally; what does not divide goes one place each to the first gemeenten
 * (the listing gemeente first, then in the order of {@code Gedeeld met}). The shares add up to
 * the location's places, so the region, which takes every location once, counts it once.
 */
public final class Aandelen {

    private Aandelen() {
    }

    /** By gemeente code, in the order of the returns; a gemeente without return and without a share is absent. */
    public static Map<String, List<Locatie>> perGemeente(List<Maandretour> retouren) {
        Map<String, List<Locatie>> uit = new LinkedHashMap<>();
        for (Maandretour r : retouren) {
            uit.computeIfAbsent(r.gemeenteCode(), k -> new ArrayList<>());
        }
        for (Maandretour r : retouren) {
            for (Locatie l : r.locaties()) {
                if (l.gedeeldMet().isEmpty()) {
                    uit.get(r.gemeenteCode()).add(l);
                    continue;
                }
                List<String> deelnemers = deelnemers(r.gemeenteCode(), l);
                for (int i = 0; i < deelnemers.size(); i++) {
                    String code = deelnemers.get(i);
                    uit.computeIfAbsent(code, k -> new ArrayList<>()).add(aandeel(l, deelnemers, i));
                }
            }
        }
        return uit;
    }

    /** The listing gemeente first, then the others, each once. */
    static List<String> deelnemers(String eigen, Locatie l) {
        Set<String> s = new LinkedHashSet<>();
        s.add(eigen);
        s.addAll(l.gedeeldMet());
        return List.copyOf(s);
    }

    /** Whole places for participant {@code i} of {@code n}: equal shares, the remainder to the first. */
    static long deel(long totaal, int n, int i) {
        return totaal / n + (i < totaal % n ? 1 : 0);
    }

    /** "Aandeel 10 van 40 plekken: gelijke delen over 4 gemeenten (de retour geeft geen eigen verdeling)". */
    public static String beschrijving(long deel, long totaal, int gemeenten) {
        return "Aandeel " + deel + " van " + totaal + " plekken: gelijke delen over " + gemeenten
                + " gemeenten (de retour geeft geen eigen verdeling)";
    }

    private static Locatie aandeel(Locatie l, List<String> deelnemers, int i) {
        int n = deelnemers.size();
        long plekken = deel(l.capaciteit(), n, i);
        long bezet = deel(l.bezetting(), n, i);
        List<String> anderen = deelnemers.stream().filter(c -> !c.equals(deelnemers.get(i))).toList();
        String noot = beschrijving(plekken, l.capaciteit(), n) + ". ";
        return new Locatie(l.locatieId(), l.naam(), l.plaats(), l.doelgroep(), l.soort(), plekken, bezet, l.status(),
                l.openVanaf(), l.beschikbaarTot(), noot + (l.toelichting() == null ? "" : l.toelichting()), anderen);
    }
}
