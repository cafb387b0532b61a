package nl.regietafel.domain.kaart;

/**
 * The class a gemeente is coloured by on the map: the share of its opgave realised, in bands of
 * 25 %. The colours run from light to dark (ColorBrewer YlGnBu), so the order survives a
 * black-and-white print; the map prints the percentage beside the name too, in dark type on a white halo that reads on every fill.
 */
public enum Voortgangsklasse {
    GEEN_OPGAVE("geen opgave", "#eeeeee"),
    MINDER_DAN_25("minder dan 25 %", "#ffffcc"),
    VAN_25_TOT_50("25 tot 50 %", "#a1dab4"),
    VAN_50_TOT_75("50 tot 75 %", "#41b6c4"),
    VAN_75_TOT_100("75 tot 100 %", "#2c7fb8"),
    VOLLEDIG("100 % of meer", "#253494");

    private final String omschrijving;
    private final String kleur;

    Voortgangsklasse(String omschrijving, String kleur) {
        this.omschrijving = omschrijving;
        this.kleur = kleur;
    }

    /** The class of {@code realisatie} against {@code opgave}; no (or a negative) opgave: {@link #GEEN_OPGAVE}. */
    public static Voortgangsklasse van(long realisatie, long opgave) {
        if (opgave <= 0) return GEEN_OPGAVE;
        // Compare in whole numbers: 4 × realisatie against the quarter marks of the opgave.
        long kwart = 4 * Math.max(realisatie, 0);
        if (kwart >= 4 * opgave) return VOLLEDIG;
        if (kwart >= 3 * opgave) return VAN_75_TOT_100;
        if (kwart >= 2 * opgave) return VAN_50_TOT_75;
        if (kwart >= opgave) return VAN_25_TOT_50;
        return MINDER_DAN_25;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Fill colour as #rrggbb. */
    public String kleur() {
        return kleur;
    }
}
