package nl.regietafel.domain.verdeling;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;

/** The result of {@link Verdeler#verdeel}: shares in the order the units were given. */
public record Verdeling(long totaal, Methode methode, List<Toewijzing> toewijzingen) {

    public Verdeling {
        toewijzingen = List.copyOf(toewijzingen);
    }

    /** Sum of the whole shares. */
    public long som() {
        return toewijzingen.stream().mapToLong(Toewijzing::aantal).sum();
    }

    /**
     * {@code som() − totaal}: zero for the exact methods, possibly non-zero for AFRONDEN and
     * NAAR_BOVEN. Only meaningful when the units make up the whole of the total (not for an
     * art. 29 slice of the country, whose sum is naturally far below the national total).
     */
    public long afrondingsverschil() {
        return som() - totaal;
    }

    public long aantal(String code) {
        return toewijzing(code).aantal();
    }

    public BigDecimal quotum(String code) {
        return toewijzing(code).quotum();
    }

    public Toewijzing toewijzing(String code) {
        return toewijzingen.stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("Geen eenheid met code " + code + " in deze verdeling"));
    }
}
