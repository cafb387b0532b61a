package nl.regietafel.domain.realisatie;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;

/**
 * Counts places per opgave from a list of locations (SPEC §5.4). Status {@code In gebruik} is
 * realisatie, the statuses before it are pijplijn, {@code Gesloten} counts nowhere.
 *
 * <p>Which kinds count is {@link Telregels}: by default CNO places never count for ASIEL, AMV or
 * OEKRAINE, only for CNO, and Particulier does not count for OEKRAINE. STATUSHOUDERS is
 * counted in persons housed (sheet Statushouders), not in places, so locations for
 * statushouders (flexwoningen, tussenvoorzieningen) are not counted here.
 */
public final class Realisatieteller {

    /** The opgaven whose realisatie is measured in places of locations. */
    public static final List<Opgave> PLEKKEN_OPGAVEN = List.of(Opgave.ASIEL, Opgave.ASIEL_AMV, Opgave.OEKRAINE, Opgave.CNO);

    private Realisatieteller() {
    }

    /** Whether a location's places count for the opgave, by the national definitions ({@link Telregels#standaard()}). */
    public static boolean teltVoor(Opgave opgave, Locatie l) {
        return teltVoor(opgave, l, Telregels.standaard());
    }

    public static boolean teltVoor(Opgave opgave, Locatie l, Telregels regels) {
        return PLEKKEN_OPGAVEN.contains(opgave) && regels.regel(opgave).telt(l);
    }

    /** Realisatie and pijplijn for every opgave of {@link #PLEKKEN_OPGAVEN}, zero where nothing counts. */
    public static Map<Opgave, Stand> tel(List<Locatie> locaties) {
        return tel(locaties, Telregels.standaard());
    }

    /** The month's stand (in use now, in preparation now) under the given counting rules. */
    public static Map<Opgave, Stand> tel(List<Locatie> locaties, Telregels regels) {
        Map<Opgave, Stand> uit = new EnumMap<>(Opgave.class);
        for (Opgave o : PLEKKEN_OPGAVEN) {
            Stand s = Stand.leeg(o);
            for (Locatie l : locaties) {
                if (!teltVoor(o, l, regels)) continue;
                LocatieStatus st = l.status();
                s = s.plus(st.isRealisatie() ? l.capaciteit() : 0, st.isPijplijn() ? l.capaciteit() : 0);
            }
            uit.put(o, s);
        }
        return uit;
    }

    public static Stand tel(Opgave opgave, List<Locatie> locaties) {
        return tel(opgave, locaties, Telregels.standaard());
    }

    public static Stand tel(Opgave opgave, List<Locatie> locaties, Telregels regels) {
        if (!PLEKKEN_OPGAVEN.contains(opgave)) {
            throw new IllegalArgumentException("Opgave " + opgave.label() + " wordt niet in plekken van locaties geteld");
        }
        return tel(locaties, regels).get(opgave);
    }

    /** CNO places and locations, in use and closed. */
    public static CnoStand cno(List<Locatie> locaties) {
        long plekkenInGebruik = 0;
        long plekkenGesloten = 0;
        int inGebruik = 0;
        int gesloten = 0;
        for (Locatie l : locaties) {
            if (l.soort() != LocatieSoort.CNO) continue;
            if (l.status() == LocatieStatus.IN_GEBRUIK) {
                plekkenInGebruik += l.capaciteit();
                inGebruik++;
            } else if (l.status() == LocatieStatus.GESLOTEN) {
                plekkenGesloten += l.capaciteit();
                gesloten++;
            }
        }
        return new CnoStand(plekkenInGebruik, inGebruik, plekkenGesloten, gesloten);
    }
}
