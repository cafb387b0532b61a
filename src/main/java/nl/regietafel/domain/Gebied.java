package nl.regietafel.domain;

/**
 * Any area a figure can belong to: the country, a provincie, a veiligheidsregio or a gemeente.
 * Codes: {@code NL}, {@code PV23}, {@code VR05}, {@code GM0153}.
 */
public record Gebied(String code, String naam, Niveau niveau) {

    public enum Niveau { LAND, PROVINCIE, VEILIGHEIDSREGIO, GEMEENTE }

    public static Niveau niveauVan(String code) {
        if (code.equals("NL")) return Niveau.LAND;
        if (code.startsWith("PV")) return Niveau.PROVINCIE;
        if (code.startsWith("VR")) return Niveau.VEILIGHEIDSREGIO;
        if (code.startsWith("GM")) return Niveau.GEMEENTE;
        throw new IllegalArgumentException("Onbekende gebiedscode: " + code);
    }
}
