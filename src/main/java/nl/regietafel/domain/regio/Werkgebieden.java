package nl.regietafel.domain.regio;

import java.util.List;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.gebied.Gebiedsindeling;

/**
 * The veiligheidsregio's a run covers: one for {@code --regio=VR05}, those of the provincie for
 * {@code PV23}, all 25 for {@code NL}. Each gets its own package of documents; PRT-inbrengen are
 * made per provincie.
 */
public final class Werkgebieden {

    private Werkgebieden() {
    }

    public static List<Gebied> veiligheidsregios(String regio, Gebiedsindeling indeling) {
        Gebied g = indeling.gebied(regio).orElseThrow(() -> new IllegalArgumentException("Onbekende regio " + regio));
        return switch (g.niveau()) {
            case VEILIGHEIDSREGIO -> List.of(g);
            case PROVINCIE -> indeling.delen(regio);
            case LAND -> indeling.veiligheidsregios();
            case GEMEENTE -> throw new IllegalArgumentException("Regio " + regio + " is een gemeente; kies een veiligheidsregio, provincie of NL");
        };
    }

    public static List<Gebied> provincies(String regio, Gebiedsindeling indeling) {
        Gebied g = indeling.gebied(regio).orElseThrow(() -> new IllegalArgumentException("Onbekende regio " + regio));
        return switch (g.niveau()) {
            case VEILIGHEIDSREGIO -> List.of(indeling.ouder(regio).orElseThrow());
            case PROVINCIE -> List.of(g);
            case LAND -> indeling.provincies();
            case GEMEENTE -> throw new IllegalArgumentException("Regio " + regio + " is een gemeente");
        };
    }

    /** A run over more than one veiligheidsregio puts each package in a folder of its own. */
    public static boolean meerdere(String regio) {
        return !regio.startsWith("VR");
    }
}
