package nl.regietafel.domain.regio;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.regietafel.domain.LandelijkCijfer;

/** A figure of record: what a national document says, with the document's id and date. */
public record Vastgesteld(LandelijkCijfer cijfer, long bronId, LocalDate documentdatum) {

    /**
     * The figures that count, per opgave, peildatum and scenario and then per area: where two
     * documents give the same figure, the newer document wins; on the same date, the later-read one.
     */
    public static Map<Sleutel, Map<String, Vastgesteld>> geldend(List<Vastgesteld> cijfers) {
        Map<Sleutel, Map<String, Vastgesteld>> result = new HashMap<>();
        cijfers.stream()
                .sorted(Comparator.comparing(Vastgesteld::documentdatum).thenComparingLong(Vastgesteld::bronId))
                .forEach(v -> {
                    LandelijkCijfer c = v.cijfer();
                    result.computeIfAbsent(new Sleutel(c.opgave(), c.peildatum(), c.scenario()), k -> new HashMap<>())
                            .put(c.gebiedCode(), v);
                });
        return result;
    }
}
