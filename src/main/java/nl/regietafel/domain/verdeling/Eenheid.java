package nl.regietafel.domain.verdeling;

/** A unit that receives a share (gemeente, veiligheidsregio, provincie) with its weight, normally its inwoners. */
public record Eenheid(String code, long gewicht) {

    public Eenheid {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Eenheid zonder code");
        }
        if (gewicht < 0) {
            throw new IllegalArgumentException("Negatief gewicht voor " + code + ": " + gewicht);
        }
    }
}
