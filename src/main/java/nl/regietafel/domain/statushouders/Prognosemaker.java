package nl.regietafel.domain.statushouders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.verdeling.Eenheid;
import nl.regietafel.domain.verdeling.Methode;
import nl.regietafel.domain.verdeling.Verdeler;
import nl.regietafel.domain.verdeling.Verdeling;

/**
 * Art. 29 Huisvestingswet 2014: taakstelling gemeente = vg × iG / iN, rounded up, with vg the
 * national number and iG, iN the CBS populations on 1 January of the preceding year. Because
 * every gemeente rounds up, the national sum exceeds vg by less than the number of gemeenten.
 */
public final class Prognosemaker {

    private Prognosemaker() {
    }

    /** Taakstelling per gemeente; {@code gemeenten} may be one region, {@code inwonersNederland} is iN. */
    public static Verdeling taakstelling(long landelijk, List<Eenheid> gemeenten, long inwonersNederland) {
        return Verdeler.verdeel(landelijk, gemeenten, inwonersNederland, Methode.NAAR_BOVEN);
    }

    /** One prognosis per scenario, in the order of {@link Scenario}. */
    public static List<Prognose> prognose(Peildatum halfjaar, Map<Scenario, Long> landelijk,
                                          List<Eenheid> gemeenten, long inwonersNederland) {
        List<Prognose> uit = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            Long vg = landelijk.get(s);
            if (vg == null) continue;
            uit.add(new Prognose(s, halfjaar, vg, inwonersNederland, taakstelling(vg, gemeenten, inwonersNederland)));
        }
        return uit;
    }
}
