package nl.regietafel.domain.statushouders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a circulaire by art. 29 Huisvestingswet 2014: each gemeente's taakstelling is
 * ceil(vg × iG / iN) over all gemeenten of the country, and the circulaire's printed total is the
 * sum of those rounded-up figures. The national number vg itself is not printed; this finds the
 * vg (or the range of vg) that reproduces every published figure and the printed total.
 *
 * <p>Where no vg reproduces everything, the vg's that reproduce the most figures count, and the
 * gemeenten whose figure does not follow the rule at that vg are named.
 */
public final class Artikel29 {

    private Artikel29() {
    }

    /**
     * One gemeente: the circulaire's figure beside the rule's at {@link Toets#vg()}.
     * {@code volgtRegel} when they are equal.
     */
    public record Gemeente(String code, long vastgesteld, long berekend) {
        public boolean volgtRegel() {
            return vastgesteld == berekend;
        }
    }

    /**
     * The outcome: vg from {@code vgVan} to {@code vgTot} (equal when one number fits), the rule's
     * national sum at {@code vgVan}, the printed total (null when the document prints none) and
     * every published gemeente.
     */
    public record Toets(long vgVan, long vgTot, long inwonersNederland, int aantalGemeenten, long landelijkeSom,
                        Long vermeldTotaal, List<Gemeente> gemeenten) {

        public long vg() {
            return vgVan;
        }

        public boolean eenduidig() {
            return vgVan == vgTot;
        }

        public boolean totaalVolgtRegel() {
            return vermeldTotaal == null || vermeldTotaal == landelijkeSom;
        }

        public List<Gemeente> afwijkend() {
            return gemeenten.stream().filter(g -> !g.volgtRegel()).toList();
        }

        public boolean volledigVerklaard() {
            return afwijkend().isEmpty() && totaalVolgtRegel();
        }
    }

    /**
     * @param inwoners      iG of every gemeente of the country (iN is their sum)
     * @param vastgesteld   the circulaire's figure per gemeente; may be a subset (e.g. one region)
     * @param vermeldTotaal the printed national total, or null
     */
    public static Toets toets(Map<String, Long> inwoners, Map<String, Long> vastgesteld, Long vermeldTotaal) {
        if (inwoners.isEmpty()) throw new IllegalArgumentException("Geen gemeenten om art. 29 op toe te passen");
        long iN = inwoners.values().stream().mapToLong(Long::longValue).sum();
        int n = inwoners.size();
        long van;
        long tot;
        if (vermeldTotaal != null) {
            // Each of n gemeenten rounds up by less than 1, so vg lies in (totaal - n, totaal].
            van = Math.max(1, vermeldTotaal - n + 1);
            tot = vermeldTotaal;
        } else {
            van = Long.MAX_VALUE;
            tot = 1;
            for (Map.Entry<String, Long> e : vastgesteld.entrySet()) {
                long iG = inwoners.getOrDefault(e.getKey(), 0L);
                if (iG <= 0) continue;
                van = Math.min(van, Math.max(1, Math.floorDiv((e.getValue() - 1) * iN, iG) + 1));
                tot = Math.max(tot, Math.floorDiv(e.getValue() * iN, iG));
            }
            if (van > tot) {
                van = 1;
                tot = 1;
            }
        }
        // The search tries up to n national numbers over n gemeenten: plain arrays, not map look-ups,
        // because the national run tests every circulaire for each of its 25 regions.
        long[] alleIg = inwoners.values().stream().mapToLong(Long::longValue).toArray();
        long[] gepubliceerdIg = new long[vastgesteld.size()];
        long[] gepubliceerd = new long[vastgesteld.size()];
        int k = 0;
        for (Map.Entry<String, Long> e : vastgesteld.entrySet()) {
            Long iG = inwoners.get(e.getKey());
            if (iG == null) continue; // a gemeente outside the set never scores
            gepubliceerdIg[k] = iG;
            gepubliceerd[k++] = e.getValue();
        }
        int beste = -1;
        long besteVan = van;
        long besteTot = van;
        for (long vg = van; vg <= tot; vg++) {
            int score = score(vg, alleIg, iN, gepubliceerdIg, gepubliceerd, k, vastgesteld.size(), vermeldTotaal);
            if (score > beste) {
                beste = score;
                besteVan = vg;
                besteTot = vg;
            } else if (score == beste && besteTot == vg - 1) {
                besteTot = vg;
            }
        }
        long vg = besteVan;
        List<Gemeente> gemeenten = new ArrayList<>();
        vastgesteld.forEach((code, t) -> gemeenten.add(new Gemeente(code, t,
                inwoners.containsKey(code) ? taakstelling(vg, inwoners.get(code), iN) : 0)));
        return new Toets(besteVan, besteTot, iN, n, som(vg, inwoners, iN), vermeldTotaal, gemeenten);
    }

    /**
     * For a prognosis given for one region only (e.g. Kennispunt Twente's): the smallest national
     * number whose rule gives the region's gemeenten together at least {@code regioTotaal}. Each
     * of n gemeenten rounds up by less than 1, so vg lies in [(totaal − n) × iN / iR, totaal × iN / iR].
     */
    public static long vgVoorRegio(long regioTotaal, Collection<Long> inwonersRegio, long iN) {
        long iR = inwonersRegio.stream().mapToLong(Long::longValue).sum();
        if (iR <= 0 || regioTotaal <= 0) return 0;
        long vg = Math.max(0, Math.floorDiv((regioTotaal - inwonersRegio.size()) * iN, iR));
        while (som(vg, inwonersRegio, iN) < regioTotaal) vg++;
        return vg;
    }

    /** ceil(vg × iG / iN). */
    public static long taakstelling(long vg, long iG, long iN) {
        return -Math.floorDiv(-vg * iG, iN);
    }

    private static long som(long vg, Map<String, Long> inwoners, long iN) {
        return som(vg, inwoners.values(), iN);
    }

    private static long som(long vg, Collection<Long> inwoners, long iN) {
        long som = 0;
        for (long iG : inwoners) som += taakstelling(vg, iG, iN);
        return som;
    }

    private static int score(long vg, long[] alleIg, long iN, long[] iG, long[] vastgesteld, int aantal, int gepubliceerd,
                             Long totaal) {
        int score = 0;
        for (int i = 0; i < aantal; i++) {
            if (taakstelling(vg, iG[i], iN) == vastgesteld[i]) score++;
        }
        // The printed total weighs as much as all gemeenten together: it is the figure of record.
        if (totaal != null && som(vg, alleIg, iN) == totaal) score += gepubliceerd + 1;
        return score;
    }

    private static long som(long vg, long[] inwoners, long iN) {
        long som = 0;
        for (long iG : inwoners) som += taakstelling(vg, iG, iN);
        return som;
    }
}
