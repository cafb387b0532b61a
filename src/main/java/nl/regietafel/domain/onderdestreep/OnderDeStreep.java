package nl.regietafel.domain.onderdestreep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regietafel.domain.Opgave;

/**
 * Surplus and deficit per opgave, and the bottom line after permitted exchange (SPEC §5.5,
 * procesplan §2.2, §3.1, §3.4: some may do more so that others do less, as long as the
 * region meets its opgaven "onder de streep"). Exchange between opgaven happens within a
 * gemeente; the region's figures are the sums of its gemeenten's.
 *
 * <p>Exchange only covers a deficit up to zero and only spends a surplus down to zero, so it
 * never creates a new surplus or deficit; one pass over the rules in the table's order is
 * therefore final (when two surpluses could cover the same deficit, the earlier rule goes
 * first). With a factor other than 1 the places covered are rounded down and the places used
 * rounded up: exchange never flatters the bottom line.
 */
public final class OnderDeStreep {

    private OnderDeStreep() {
    }

    /** One balance per gemeente, in order of first appearance. */
    public static Map<String, Balans> perGemeente(List<Bijdrage> bijdragen, Uitwisseltabel tabel) {
        Map<String, List<Bijdrage>> perCode = new LinkedHashMap<>();
        for (Bijdrage b : bijdragen) {
            perCode.computeIfAbsent(b.gemeenteCode(), k -> new ArrayList<>()).add(b);
        }
        Map<String, Balans> uit = new LinkedHashMap<>();
        perCode.forEach((code, lijst) -> uit.put(code, balans(code, lijst, tabel)));
        return uit;
    }

    /**
     * The region's balance is the sum of its gemeenten's balances (procesplan §2.2, §3.4:
     * gemeenten exchange among themselves; the region must meet each opgave "onder de streep").
     * Asked, realised and exchanged are each added up, so the region's "via uitwisseling" is what
     * its gemeenten exchange and its bottom line is the sum of theirs: one value per figure. The
     * region does not exchange its own totals again: a gemeente's surplus on one opgave that
     * another gemeente still needs for that same opgave is no surplus of the region.
     */
    public static Balans regio(String regioCode, List<Bijdrage> bijdragen, Uitwisseltabel tabel) {
        return somVan(regioCode, perGemeente(bijdragen, tabel).values());
    }

    /** Adds up balances: per opgave asked, realised, received and spent; the exchanges applied per pair. */
    static Balans somVan(String code, Collection<Balans> delen) {
        Map<Opgave, long[]> som = new EnumMap<>(Opgave.class); // [opgave, realisatie, ontvangen, ingezet]
        Map<List<Opgave>, long[]> ruil = new LinkedHashMap<>(); // [ingezet, gedekt] per (van, naar)
        for (Balans b : delen) {
            for (Positie p : b.posities()) {
                long[] s = som.computeIfAbsent(p.opgave(), k -> new long[4]);
                s[0] += p.opgaveAantal();
                s[1] += p.realisatie();
                s[2] += p.ontvangen();
                s[3] += p.ingezet();
            }
            for (Uitruil u : b.uitruil()) {
                long[] r = ruil.computeIfAbsent(List.of(u.van(), u.naar()), k -> new long[2]);
                r[0] += u.ingezet();
                r[1] += u.gedekt();
            }
        }
        List<Positie> posities = new ArrayList<>();
        som.forEach((o, s) -> posities.add(new Positie(o, s[0], s[1], s[2], s[3])));
        List<Uitruil> uitruil = new ArrayList<>();
        ruil.forEach((paar, r) -> uitruil.add(new Uitruil(paar.get(0), paar.get(1), r[0], r[1])));
        return new Balans(code, posities, uitruil);
    }

    private static Balans balans(String code, List<Bijdrage> bijdragen, Uitwisseltabel tabel) {
        Map<Opgave, long[]> som = new EnumMap<>(Opgave.class); // [opgave, realisatie]
        for (Bijdrage b : bijdragen) {
            long[] s = som.computeIfAbsent(b.opgave(), k -> new long[2]);
            s[0] += b.aandeel();
            s[1] += b.realisatie();
        }
        Map<Opgave, Long> ontvangen = new EnumMap<>(Opgave.class);
        Map<Opgave, Long> ingezet = new EnumMap<>(Opgave.class);
        List<Uitruil> uitruil = new ArrayList<>();
        for (Uitwisseling u : tabel.regels()) {
            if (!som.containsKey(u.van()) || !som.containsKey(u.naar())) continue;
            long overschot = saldo(som, u.van(), ontvangen, ingezet);
            long tekort = -saldo(som, u.naar(), ontvangen, ingezet);
            if (overschot <= 0 || tekort <= 0) continue;
            long mogelijk = BigDecimal.valueOf(overschot).multiply(u.factor()).setScale(0, RoundingMode.FLOOR).longValueExact();
            long gedekt = Math.min(tekort, mogelijk);
            if (gedekt <= 0) continue;
            long nodig = BigDecimal.valueOf(gedekt).divide(u.factor(), 0, RoundingMode.CEILING).longValueExact();
            ingezet.merge(u.van(), nodig, Long::sum);
            ontvangen.merge(u.naar(), gedekt, Long::sum);
            uitruil.add(new Uitruil(u.van(), u.naar(), nodig, gedekt));
        }
        List<Positie> posities = new ArrayList<>();
        som.forEach((o, s) -> posities.add(new Positie(o, s[0], s[1], ontvangen.getOrDefault(o, 0L), ingezet.getOrDefault(o, 0L))));
        return new Balans(code, posities, uitruil);
    }

    private static long saldo(Map<Opgave, long[]> som, Opgave o, Map<Opgave, Long> ontvangen, Map<Opgave, Long> ingezet) {
        long[] s = som.get(o);
        return s[1] - s[0] + ontvangen.getOrDefault(o, 0L) - ingezet.getOrDefault(o, 0L);
    }
}
