package nl.regietafel.domain.realisatie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/** Gaps for an area from its opgaven and its locations; locations per gemeente from the returns. */
public final class Gaps {

    private Gaps() {
    }

    /**
     * One gap per opgave in {@code opgaven} (in its iteration order) that is counted in places;
     * other opgaven (statushouders: persons) are skipped.
     */
    public static List<Gap> bereken(String gebiedCode, Peildatum peildatum, Map<Opgave, Long> opgaven, List<Locatie> locaties) {
        Map<Opgave, Stand> stand = Realisatieteller.tel(locaties);
        List<Gap> uit = new ArrayList<>();
        opgaven.forEach((o, aantal) -> {
            if (stand.containsKey(o)) {
                uit.add(Gap.van(o, peildatum, gebiedCode, aantal, stand.get(o)));
            }
        });
        return uit;
    }

    /**
     * The locations of each gemeente, from its return; a gemeente without a return is absent, not
     * empty. A shared location ({@code gedeeldMet}) counts for the gemeente whose return lists it.
     */
    public static Map<String, List<Locatie>> locatiesPerGemeente(List<Maandretour> retouren) {
        Map<String, List<Locatie>> uit = new LinkedHashMap<>();
        for (Maandretour r : retouren) {
            uit.computeIfAbsent(r.gemeenteCode(), k -> new ArrayList<>()).addAll(r.locaties());
        }
        return uit;
    }
}
