package nl.regietafel.domain.kaart;

import java.util.List;

/**
 * A map ready to draw: areas and the outline of their group in page units within
 * {@code breedte} × {@code hoogte} (origin top left, y downwards).
 */
public record Kaart(double breedte, double hoogte, List<Kaartvlak> vlakken, List<double[][]> omtrek) {

    public Kaart {
        vlakken = List.copyOf(vlakken);
        omtrek = List.copyOf(omtrek);
    }

    public Kaartvlak vlak(String code) {
        return vlakken.stream().filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }
}
