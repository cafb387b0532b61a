package nl.regietafel.domain.stoplicht;

/**
 * A cell of the traffic-light matrix. Red is kept for {@link #VER_ACHTER} (a material shortfall);
 * the word is always printed beside the colour, for colour-blind readers and grey print.
 */
public enum Stoplicht {
    OP_SCHEMA("op schema", "#1a7f37", "#dff0e3"),
    ACHTER("achter", "#9a6700", "#fff1c2"),
    VER_ACHTER("ver achter", "#b00020", "#f8d7da"),
    GEEN_OPGAVE("geen opgave", "#555555", "#ffffff");

    private final String woord;
    private final String tekstkleur;
    private final String achtergrond;

    Stoplicht(String woord, String tekstkleur, String achtergrond) {
        this.woord = woord;
        this.tekstkleur = tekstkleur;
        this.achtergrond = achtergrond;
    }

    public String woord() {
        return woord;
    }

    public String tekstkleur() {
        return tekstkleur;
    }

    public String achtergrond() {
        return achtergrond;
    }
}
