package nl.regietafel.domain.gebied;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import nl.regietafel.domain.Gebied;

/**
 * A named set of inwoners per area ("cbs-2022", "procesplan-bijlage-3"). {@code aantallen}
 * holds every area whose population is known: its own row where the source gives one, else
 * the sum of its parts when all parts are known (gemeenten → VR → provincie → NL). An area
 * with an unknown part has no figure: a partial sum would be wrong.
 */
public record Populatieset(String naam, LocalDate peildatum, String bron, Map<String, Long> aantallen) {

    public Populatieset {
        aantallen = Map.copyOf(aantallen);
    }

    /** Builds the set from its own rows, adding sums of parts for every area whose parts are all known. */
    public static Populatieset van(String naam, LocalDate peildatum, String bron,
                                   Map<String, Long> eigenRijen, Gebiedsindeling indeling) {
        Map<String, Long> alle = new HashMap<>(eigenRijen);
        vul(Gebiedsindeling.NL, alle, indeling);
        return new Populatieset(naam, peildatum, bron, alle);
    }

    private static Long vul(String code, Map<String, Long> alle, Gebiedsindeling indeling) {
        List<Gebied> delen = indeling.delen(code);
        Long som = delen.isEmpty() ? null : 0L;
        for (Gebied deel : delen) {
            Long d = vul(deel.code(), alle, indeling);
            som = (som == null || d == null) ? null : som + d;
        }
        Long eigen = alle.get(code);
        if (eigen != null) return eigen;
        if (som != null) alle.put(code, som);
        return som;
    }

    public boolean bevat(String code) {
        return aantallen.containsKey(code);
    }

    /**
     * Inwoners of an area: own row, else the sum of its parts.
     * @throws NoSuchElementException (Dutch message) when the set does not cover the area
     */
    public long inwoners(String code) {
        Long n = aantallen.get(code);
        if (n == null) {
            throw new NoSuchElementException("populatieset '" + naam + "' heeft geen inwoners voor " + code);
        }
        return n;
    }
}
