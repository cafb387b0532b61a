package nl.regietafel.report.kaart;

import java.util.List;

import nl.regietafel.domain.kaart.Kaart;

/**
 * A map as the documents show it: the geometry, per area its name, value in words and fill, and
 * the legend. The same view model is drawn into the PDFs ({@link KaartTekening}) and written as
 * inline SVG into index.html ({@link KaartSvg}). {@code namen} is false when there are too many
 * areas to label (a national map); {@code tekstgrootte} scales the labels (3 for a map printed
 * small, such as the factsheet's locator).
 */
public record Kaartbeeld(String titel, Kaart kaart, List<Kaartgebied> gebieden, List<Legendaregel> legenda,
                         boolean namen, double tekstgrootte) {

    /** One area: {@code waarde} is the short label ("48 %"), {@code tooltip} the full sentence. */
    public record Kaartgebied(String code, String naam, String waarde, String kleur, String tooltip,
                              boolean gemarkeerd) {
    }

    public record Legendaregel(String kleur, String tekst) {
    }

    public Kaartgebied gebied(String code) {
        return gebieden.stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
    }
}
