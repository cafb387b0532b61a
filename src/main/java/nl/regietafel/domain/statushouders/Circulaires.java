package nl.regietafel.domain.statushouders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.regio.Sleutel;
import nl.regietafel.domain.regio.Vastgesteld;

/**
 * The circulaires among the figures of record: per half year, the per-gemeente taakstelling
 * (newest document per gemeente) and the printed national total, tested by {@link Artikel29}
 * over every gemeente of the country in the CBS population set.
 */
public final class Circulaires {

    private Circulaires() {
    }

    /** Per half year with per-gemeente statushouders figures (no scenario), in date order. */
    public static Map<Peildatum, Artikel29.Toets> toetsen(List<Vastgesteld> cijfers, Gebiedsindeling indeling, Populatieset cbs) {
        Map<String, Long> inwoners = inwoners(indeling, cbs);
        if (inwoners.isEmpty()) return Map.of();
        Map<Peildatum, Artikel29.Toets> uit = new TreeMap<>();
        Vastgesteld.geldend(cijfers).forEach((sleutel, figuren) -> {
            if (!isCirculaire(sleutel)) return;
            Map<String, Long> perGemeente = new TreeMap<>();
            figuren.forEach((code, v) -> {
                if (inwoners.containsKey(code)) perGemeente.put(code, v.cijfer().aantal());
            });
            if (perGemeente.isEmpty()) return;
            Vastgesteld nl = figuren.get(Gebiedsindeling.NL);
            uit.put(sleutel.peildatum(), Artikel29.toets(inwoners, perGemeente, nl == null ? null : nl.cijfer().aantal()));
        });
        return uit;
    }

    /** iG of every gemeente of the country; empty when the set misses one (a partial country would give a wrong iN). */
    public static Map<String, Long> inwoners(Gebiedsindeling indeling, Populatieset cbs) {
        Map<String, Long> inwoners = new LinkedHashMap<>();
        for (Gemeente g : indeling.gemeenten()) {
            if (!cbs.bevat(g.code())) return Map.of();
            inwoners.put(g.code(), cbs.inwoners(g.code()));
        }
        return inwoners;
    }

    /** A statushouders prognosis per half year or year (with a scenario): no circulaire yet, the same rule applies. */
    public static boolean isPrognose(Sleutel s) {
        return s.opgave() == Opgave.STATUSHOUDERS && !s.scenario().isEmpty();
    }

    /** A circulaire's taakstelling: statushouders per half year, no prognosis scenario. */
    public static boolean isCirculaire(Sleutel s) {
        return s.opgave() == Opgave.STATUSHOUDERS && s.scenario().isEmpty() && s.peildatum().soort() == Peildatum.Soort.HALFJAAR;
    }
}
