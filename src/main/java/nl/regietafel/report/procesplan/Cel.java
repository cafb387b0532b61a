package nl.regietafel.report.procesplan;

import java.math.BigDecimal;

/**
 * One figure in a table: the figure that counts, the computed one beside it (null where there
 * is nothing to compare) with its exact quotum, and the number of its footnote (null for none).
 */
public record Cel(Long waarde, Long berekend, BigDecimal quotum, Integer voetnoot) {

    public static final Cel LEEG = new Cel(null, null, null, null);

    public static Cel van(long waarde) {
        return new Cel(waarde, null, null, null);
    }

    public boolean isLeeg() {
        return waarde == null;
    }

    public boolean wijktAf() {
        return waarde != null && berekend != null && !waarde.equals(berekend);
    }

    public Long verschil() {
        return wijktAf() ? waarde - berekend : null;
    }

    public Cel metVoetnoot(Integer nummer) {
        return new Cel(waarde, berekend, quotum, nummer);
    }
}
