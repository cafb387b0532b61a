package nl.regietafel.berekening;

import java.util.List;
import java.util.Optional;

/**
 * The population set the verdeling prefers ({@code regietafel.populatieset}) may be absent from a
 * region's reference data, by design (then the fallback set counts) or by a typo. The figures then
 * come from the fallback set; the footnotes say so per figure, and this line says so on the console.
 */
final class Populatiekeuze {

    private Populatiekeuze() {
    }

    /** The console line when {@code ingesteld} is not among {@code beschikbaar}; empty when it is. */
    static Optional<String> waarschuwing(String ingesteld, List<String> beschikbaar, String terugval) {
        if (beschikbaar.contains(ingesteld)) return Optional.empty();
        return Optional.of("verdeling: de populatieset " + ingesteld + " (instelling regietafel.populatieset) staat niet in de"
                + " referentiegegevens; verdeeld met " + terugval + ". Beschikbaar: " + String.join(", ", beschikbaar) + ".");
    }
}
