package nl.regietafel.domain.stoplicht;

/**
 * When a share realised is "op schema" or "achter", in whole percent of the opgave: at least
 * {@code opSchemaVanaf} is op schema, at least {@code achterVanaf} is achter, below that ver achter.
 */
public record Stoplichtdrempels(int opSchemaVanaf, int achterVanaf) {

    /** The kernteam's default: op schema from 90 %, ver achter below 50 %. */
    public static final Stoplichtdrempels STANDAARD = new Stoplichtdrempels(90, 50);

    public Stoplichtdrempels {
        if (achterVanaf < 0 || opSchemaVanaf < achterVanaf) {
            throw new IllegalArgumentException("Ongeldige drempels voor de stoplichten: op schema vanaf " + opSchemaVanaf
                    + " %, achter vanaf " + achterVanaf + " %; verwacht 0 ≤ achter ≤ op schema");
        }
    }

    /** The status of {@code realisatie} against {@code opgave}; no opgave (0 or less): {@link Stoplicht#GEEN_OPGAVE}. */
    public Stoplicht status(long realisatie, long opgave) {
        if (opgave <= 0) return Stoplicht.GEEN_OPGAVE;
        // 100 × realisatie against drempel × opgave: whole numbers, no rounding at the boundary.
        long honderd = 100 * realisatie;
        if (honderd >= (long) opSchemaVanaf * opgave) return Stoplicht.OP_SCHEMA;
        if (honderd >= (long) achterVanaf * opgave) return Stoplicht.ACHTER;
        return Stoplicht.VER_ACHTER;
    }

    /** The thresholds in words, for the documents. */
    public String uitleg() {
        return "op schema: ten minste " + opSchemaVanaf + " % van de opgave gerealiseerd; achter: " + achterVanaf
                + " tot " + opSchemaVanaf + " %; ver achter: minder dan " + achterVanaf + " %";
    }
}
