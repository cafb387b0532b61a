package nl.regietafel.domain.gebied;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.regietafel.domain.Gebied;

/**
 * Outcome of {@link Gebiedsindeling#zoek}: exactly one candidate is a hit; none is unknown;
 * more than one is ambiguous. {@link #probleem()} says in Dutch what is wrong, or is null.
 */
public record Zoekresultaat(String invoer, Gebied.Niveau niveau, List<Gebied> kandidaten, String probleem) {

    public Zoekresultaat {
        kandidaten = List.copyOf(kandidaten);
    }

    static Zoekresultaat van(String invoer, Gebied.Niveau niveau, List<Gebied> kandidaten) {
        String probleem = null;
        if (kandidaten.isEmpty()) {
            probleem = "onbekende " + niveauNaam(niveau) + " '" + invoer + "'";
        } else if (kandidaten.size() > 1) {
            probleem = "'" + invoer + "' is niet eenduidig: " + kandidaten.stream()
                    .map(g -> g.naam() + " (" + g.code() + ")").collect(Collectors.joining(", "))
                    + "; gebruik de code";
        }
        return new Zoekresultaat(invoer, niveau, kandidaten, probleem);
    }

    static Zoekresultaat mislukt(String invoer, Gebied.Niveau niveau, String probleem) {
        return new Zoekresultaat(invoer, niveau, List.of(), probleem);
    }

    public boolean isGevonden() {
        return kandidaten.size() == 1;
    }

    public boolean isDubbelzinnig() {
        return kandidaten.size() > 1;
    }

    public Optional<Gebied> gebied() {
        return isGevonden() ? Optional.of(kandidaten.get(0)) : Optional.empty();
    }

    /** The code of the single hit; throws with the Dutch problem text otherwise. */
    public String code() {
        if (!isGevonden()) throw new IllegalStateException(probleem);
        return kandidaten.get(0).code();
    }

    public static String niveauNaam(Gebied.Niveau niveau) {
        if (niveau == null) return "gebied";
        return switch (niveau) {
            case LAND -> "land";
            case PROVINCIE -> "provincie";
            case VEILIGHEIDSREGIO -> "veiligheidsregio";
            case GEMEENTE -> "gemeente";
        };
    }
}
