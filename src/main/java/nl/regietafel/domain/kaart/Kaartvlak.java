package nl.regietafel.domain.kaart;

import java.util.List;

/**
 * One area on the page: its rings in page units (y downwards) and where its label goes (the
 * centroid of its largest ring).
 */
public record Kaartvlak(String code, List<double[][]> ringen, double labelX, double labelY) {

    public Kaartvlak {
        ringen = List.copyOf(ringen);
    }
}
