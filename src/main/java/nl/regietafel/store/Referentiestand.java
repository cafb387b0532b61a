package nl.regietafel.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.store.ReferentieRepository.GebiedRij;

/**
 * The content hash of a reference snapshot: SHA-256 over every row the reference import writes,
 * field by field. The same hash means the same rows, whatever the files looked like (a copy, a
 * file saved again) and whichever version of the reader made them; any change in a name, a
 * number, a date or a set gives another.
 */
final class Referentiestand {

    private static final char VELD = '\u001f';
    private static final String LEEG = "\u0000";

    private Referentiestand() {
    }

    static String van(List<GebiedRij> gebieden, Collection<Populatieset> sets) {
        StringBuilder tekst = new StringBuilder(64 * 1024);
        for (GebiedRij g : gebieden) {
            velden(tekst, "G", g.code(), g.naam(), g.niveau(), g.ouderCode());
        }
        // by name: the reader's map of sets has no fixed order
        for (Populatieset set : sets.stream().sorted(Comparator.comparing(Populatieset::naam)).toList()) {
            velden(tekst, "P", set.naam(), set.peildatum(), set.bron());
            for (Map.Entry<String, Long> e : new TreeMap<>(set.aantallen()).entrySet()) {
                velden(tekst, "I", e.getKey(), e.getValue());
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(tekst.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }

    private static void velden(StringBuilder tekst, Object... waarden) {
        for (Object w : waarden) {
            tekst.append(w == null ? LEEG : w.toString()).append(VELD);
        }
        tekst.append('\n');
    }
}
