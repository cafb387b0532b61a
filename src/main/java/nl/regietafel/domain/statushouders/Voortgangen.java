package nl.regietafel.domain.statushouders;

import java.util.List;
import nl.regietafel.domain.StatushoudersRegel;

/** Region totals and the hand-over to the next half year. */
public final class Voortgangen {

    private Voortgangen() {
    }

    /**
     * The region's progress as the sum of its gemeenten's (same half year and peilmaand), so the
     * percentage is over the corrected taakstelling of the whole region.
     */
    public static Voortgang regio(String regioCode, List<Voortgang> gemeenten) {
        if (gemeenten.isEmpty()) {
            throw new IllegalArgumentException("Geen gemeenten om op te tellen voor " + regioCode);
        }
        Voortgang eerste = gemeenten.get(0);
        long taak = 0;
        long achterstand = 0;
        long gehuisvest = 0;
        for (Voortgang v : gemeenten) {
            if (!v.halfjaar().equals(eerste.halfjaar()) || !v.peilmaand().equals(eerste.peilmaand())) {
                throw new IllegalArgumentException("Voortgang van " + v.gemeenteCode() + " gaat over een andere periode");
            }
            taak += v.taakstelling();
            achterstand += v.achterstandBeginPeriode();
            gehuisvest += v.gehuisvest();
        }
        return new Voortgang(regioCode, eerste.halfjaar(), eerste.peilmaand(), taak, achterstand, gehuisvest);
    }

    /**
     * The next half year's row: its taakstelling with this half year's achterstand carried in
     * (negative: voorsprong). Meant for the last peilmaand of the half year.
     */
    public static StatushoudersRegel doorschuiven(Voortgang eind, long taakstellingVolgend) {
        return new StatushoudersRegel(eind.volgendHalfjaar(), taakstellingVolgend, eind.achterstand(), 0, 0, "");
    }
}
