package nl.regietafel.domain.realisatie;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Opgave;

/**
 * Counts places per opgave from a list of locations (SPEC §5.4). Status {@code In gebruik} is
 * realisatie, the statuses before it are pijplijn, {@code Gesloten} counts nowhere.
 *
 * <p>CNO places never count for ASIEL, AMV or OEKRAINE, only for CNO. STATUSHOUDERS is
 * counted in persons housed (sheet Statushouders), not in places, so locations for
 * statushouders (flexwoningen, tussenvoorzieningen) are not counted here.
 */
public final class Realisatieteller {

    /** The opgaven whose realisatie is measured in places of locations. */
    public static final List<Opgave> PLEKKEN_OPGAVEN = List.of(Opgave.ASIEL, Opgave.ASIEL_AMV, Opgave.OEKRAINE, Opgave.CNO);

    private Realisatieteller() {
    }

    /** Whether a location's places count for the opgave. */
    public static boolean teltVoor(Opgave opgave, Locatie l) {
        boolean cno = l.soort() == LocatieSoort.CNO;
        return switch (opgave) {
            case ASIEL -> l.isReguliereAsielopvang();
            case ASIEL_AMV -> l.doelgroep() == Doelgroep.AMV && !cno;
            case OEKRAINE -> l.doelgroep() == Doelgroep.OEKRAINERS && !cno;
            case CNO -> cno;
            case STATUSHOUDERS, STATUSHOUDERS_AMV -> false;
        };
    }

    /** Realisatie and pijplijn for every opgave of {@link #PLEKKEN_OPGAVEN}, zero where nothing counts. */
    public static Map<Opgave, Stand> tel(List<Locatie> locaties) {
        Map<Opgave, Stand> uit = new EnumMap<>(Opgave.class);
        for (Opgave o : PLEKKEN_OPGAVEN) {
            Stand s = Stand.leeg(o);
            for (Locatie l : locaties) {
                if (!teltVoor(o, l)) continue;
                LocatieStatus st = l.status();
                s = s.plus(st.isRealisatie() ? l.capaciteit() : 0, st.isPijplijn() ? l.capaciteit() : 0);
            }
            uit.put(o, s);
        }
        return uit;
    }

    public static Stand tel(Opgave opgave, List<Locatie> locaties) {
        if (!PLEKKEN_OPGAVEN.contains(opgave)) {
            throw new IllegalArgumentException("Opgave " + opgave.label() + " wordt niet in plekken van locaties geteld");
        }
        return tel(locaties).get(opgave);
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
