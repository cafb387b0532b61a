package nl.regietafel.domain.verloop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.statushouders.Halfjaar;
import nl.regietafel.domain.statushouders.Voortgang;

/**
 * Statushouders housed in one half year, month by month as the returns reported them (cumulative:
 * each month's return gives the half year's total so far), against the on-schedule line: the
 * gecorrigeerde taakstelling spread evenly over the six months ({@link Voortgang#normOpSchema}).
 * The carry-over into the next half year is the last month's {@link Voortgang#achterstand}, final
 * at the half year's sixth month.
 */
public record Halfjaarverloop(String gebiedCode, Peildatum halfjaar, List<Voortgang> maanden) {

    public Halfjaarverloop {
        maanden = List.copyOf(maanden);
        for (Voortgang v : maanden) {
            if (!v.halfjaar().equals(halfjaar)) {
                throw new IllegalArgumentException("Voortgang over " + v.halfjaar().label() + " in het verloop van " + halfjaar.label());
            }
        }
    }

    public Optional<Voortgang> laatste() {
        return maanden.isEmpty() ? Optional.empty() : Optional.of(maanden.get(maanden.size() - 1));
    }

    /** The on-schedule value after month {@code m} (1..6) of the half year, from the last known corrected taakstelling. */
    public BigDecimal opSchema(int m) {
        return laatste().orElseThrow().normNaMaand(m);
    }

    /** Whether the half year is complete (its sixth month is in), so the carry-over is final. */
    public boolean afgesloten() {
        return laatste().map(v -> v.maandInHalfjaar() == Halfjaar.MAANDEN).orElse(false);
    }

    /** What is carried into the next half year (negative: voorsprong); empty until the half year is complete. */
    public Optional<Long> doorschuiven() {
        return afgesloten() ? laatste().map(Voortgang::achterstand) : Optional.empty();
    }
}
