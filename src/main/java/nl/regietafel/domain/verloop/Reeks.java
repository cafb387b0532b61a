package nl.regietafel.domain.verloop;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

/**
 * One opgave for one area at one peildatum, month by month since the first period in the store,
 * oldest first. Months without a return are simply absent (a gap in the store is not a zero).
 */
public record Reeks(Opgave opgave, Peildatum peildatum, String gebiedCode, List<Maandpunt> punten) {

    public Reeks {
        punten = List.copyOf(punten);
        for (int i = 1; i < punten.size(); i++) {
            if (!punten.get(i).maand().isAfter(punten.get(i - 1).maand())) {
                throw new IllegalArgumentException("Maandpunten niet op volgorde: " + punten.get(i - 1).maand() + ", " + punten.get(i).maand());
            }
        }
    }

    public boolean leeg() {
        return punten.isEmpty();
    }

    /** Only one month so far: a trend does not exist yet. */
    public boolean eerstePeriode() {
        return punten.size() == 1;
    }

    public Maandpunt laatste() {
        return punten.get(punten.size() - 1);
    }

    /** The point before the last, when there is one. */
    public Optional<Maandpunt> vorige() {
        return punten.size() < 2 ? Optional.empty() : Optional.of(punten.get(punten.size() - 2));
    }

    /** Realisatie of the last point minus that of the point before it; empty in the first period. */
    public Optional<Long> verschilVorige() {
        return vorige().map(v -> laatste().realisatie() - v.realisatie());
    }

    /**
     * The stand at the start of the last point's half year: the point of the month before it
     * (December for 1 January, June for 1 July), when the store has that month.
     */
    public Optional<Maandpunt> beginHalfjaar() {
        YearMonth laatste = laatste().maand();
        YearMonth ervoor = YearMonth.of(laatste.getYear(), laatste.getMonthValue() <= 6 ? 1 : 7).minusMonths(1);
        return punten.stream().filter(p -> p.maand().equals(ervoor)).findFirst();
    }

    /** Realisatie now minus at the start of the half year; empty when the store lacks that month. */
    public Optional<Long> verschilSindsBeginHalfjaar() {
        return beginHalfjaar().map(b -> laatste().realisatie() - b.realisatie());
    }
}
