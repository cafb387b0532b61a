package nl.regietafel.domain.onderdestreep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regietafel.domain.Opgave;

/**
 * Which opgaven may make up for one another "onder de streep" (SPEC §5.5, procesplan §3.4) and
 * at what rate. Immutable; rules are applied in the order they were added.
 */
public final class Uitwisseltabel {

    private final List<Uitwisseling> regels;

    private Uitwisseltabel(List<Uitwisseling> regels) {
        this.regels = List.copyOf(regels);
    }

    /** No exchange at all: every opgave must be met on its own. */
    public static Uitwisseltabel geen() {
        return new Uitwisseltabel(List.of());
    }

    /** The default: ASIEL and OEKRAINE places 1:1 both ways, nothing else. */
    public static Uitwisseltabel standaard() {
        return geen()
                .met(Opgave.OEKRAINE, Opgave.ASIEL, BigDecimal.ONE)
                .met(Opgave.ASIEL, Opgave.OEKRAINE, BigDecimal.ONE);
    }

    /** A copy with one more rule; an existing rule for the same pair is replaced. */
    public Uitwisseltabel met(Opgave van, Opgave naar, BigDecimal factor) {
        Uitwisseling nieuw = new Uitwisseling(van, naar, factor);
        List<Uitwisseling> r = new ArrayList<>(regels);
        r.removeIf(u -> u.van() == van && u.naar() == naar);
        r.add(nieuw);
        return new Uitwisseltabel(r);
    }

    public Optional<BigDecimal> factor(Opgave van, Opgave naar) {
        return regels.stream().filter(u -> u.van() == van && u.naar() == naar).map(Uitwisseling::factor).findFirst();
    }

    public List<Uitwisseling> regels() {
        return regels;
    }
}
