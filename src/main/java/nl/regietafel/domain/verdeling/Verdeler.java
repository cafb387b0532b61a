package nl.regietafel.domain.verdeling;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Apportions a whole total over units in proportion to their weights (SPEC §5.1).
 *
 * <p>The quota of unit i is {@code totaal × w_i / W}. Every decision is taken on exact integers
 * (BigInteger cross-multiplication); the BigDecimal quota in {@link Toewijzing} is for display.
 *
 * <p><b>Ties</b> (equal remainders for {@link Methode#GROOTSTE_OVERSCHOT}, equal averages for
 * {@link Methode#DHONDT} and {@link Methode#SAINTE_LAGUE}) go to the unit with the larger
 * weight, then to the unit whose code sorts first ({@link #VOORRANG}). The result therefore does
 * not depend on the order of the input list; the output keeps the input order.
 *
 * <p><b>Alabama paradox.</b> Largest remainder is not house-monotone: raising the total by one
 * can lower a unit's share. Example (asserted in VerdelerTest): weights A=6, B=6, C=2. A total
 * of 10 gives 4/4/2 (C's remainder 0,429 beats A's and B's 0,286); a total of 11 gives 5/5/1
 * (A's and B's remainders 0,714 now beat C's 0,571), so C loses a place although the total grew.
 * D'Hondt and Sainte-Laguë are free of this paradox but may violate the quota rule.
 */
public final class Verdeler {

    /** Decimals kept in {@link Toewijzing#quotum()}. */
    public static final int QUOTUM_DECIMALEN = 10;

    /** Order of precedence in ties: larger weight first, then code ascending. */
    public static final Comparator<Eenheid> VOORRANG =
            Comparator.comparingLong(Eenheid::gewicht).reversed().thenComparing(Eenheid::code);

    private Verdeler() {
    }

    /** Distributes {@code totaal} over {@code eenheden} in proportion to their weights. */
    public static Verdeling verdeel(long totaal, List<Eenheid> eenheden, Methode methode) {
        valideer(totaal, eenheden, methode);
        return bereken(totaal, eenheden, somGewichten(eenheden), methode);
    }

    /**
     * As {@link #verdeel(long, List, Methode)}, but with the quota's denominator given explicitly:
     * for art. 29 Huisvestingswet, where {@code noemer} is the population of the whole country
     * and the units are only one region's gemeenten. Only the per-unit methods (NAAR_BOVEN,
     * AFRONDEN) accept a denominator other than the sum of the weights.
     */
    public static Verdeling verdeel(long totaal, List<Eenheid> eenheden, long noemer, Methode methode) {
        valideer(totaal, eenheden, methode);
        long som = somGewichten(eenheden);
        if (noemer < som) {
            throw new IllegalArgumentException("Noemer " + noemer + " is kleiner dan de som van de gewichten (" + som + ")");
        }
        if (noemer != som && methode.somExact()) {
            throw new IllegalArgumentException("Methode " + methode + " verdeelt het hele totaal en kan alleen met de som van de gewichten als noemer");
        }
        return bereken(totaal, eenheden, noemer, methode);
    }

    private static void valideer(long totaal, List<Eenheid> eenheden, Methode methode) {
        if (methode == null) {
            throw new IllegalArgumentException("Geen verdeelmethode opgegeven");
        }
        if (totaal < 0) {
            throw new IllegalArgumentException("Negatief totaal om te verdelen: " + totaal);
        }
        if (eenheden == null || eenheden.isEmpty()) {
            throw new IllegalArgumentException("Geen eenheden om over te verdelen");
        }
        Set<String> codes = new HashSet<>();
        for (Eenheid e : eenheden) {
            if (e == null) {
                throw new IllegalArgumentException("Lege eenheid in de lijst");
            }
            if (!codes.add(e.code())) {
                throw new IllegalArgumentException("Eenheid " + e.code() + " komt twee keer voor");
            }
        }
        if (somGewichten(eenheden) == 0) {
            throw new IllegalArgumentException("Het totale gewicht is nul: niets om naar te verdelen");
        }
    }

    private static long somGewichten(List<Eenheid> eenheden) {
        long som = 0;
        for (Eenheid e : eenheden) {
            som = Math.addExact(som, e.gewicht());
        }
        return som;
    }

    private static Verdeling bereken(long totaal, List<Eenheid> eenheden, long noemer, Methode methode) {
        BigInteger t = BigInteger.valueOf(totaal);
        BigInteger n = BigInteger.valueOf(noemer);
        long[] aantallen = switch (methode) {
            case GROOTSTE_OVERSCHOT -> grootsteOverschot(totaal, eenheden, t, n);
            case AFRONDEN -> perEenheid(eenheden, t, n, false);
            case NAAR_BOVEN -> perEenheid(eenheden, t, n, true);
            case DHONDT, SAINTE_LAGUE -> delerMethode(totaal, eenheden, t, n, methode == Methode.SAINTE_LAGUE);
        };
        List<Toewijzing> uit = new ArrayList<>(eenheden.size());
        for (int i = 0; i < eenheden.size(); i++) {
            Eenheid e = eenheden.get(i);
            BigDecimal quotum = new BigDecimal(t.multiply(BigInteger.valueOf(e.gewicht())))
                    .divide(new BigDecimal(n), QUOTUM_DECIMALEN, RoundingMode.HALF_EVEN);
            uit.add(new Toewijzing(e.code(), e.gewicht(), quotum, aantallen[i]));
        }
        return new Verdeling(totaal, methode, uit);
    }

    /** Floors of the quotas; the seats left go one each to the largest remainders. */
    private static long[] grootsteOverschot(long totaal, List<Eenheid> eenheden, BigInteger t, BigInteger n) {
        int k = eenheden.size();
        long[] aantal = new long[k];
        BigInteger[] rest = new BigInteger[k];
        long verdeeld = 0;
        for (int i = 0; i < k; i++) {
            BigInteger[] qr = t.multiply(BigInteger.valueOf(eenheden.get(i).gewicht())).divideAndRemainder(n);
            aantal[i] = qr[0].longValueExact();
            rest[i] = qr[1];
            verdeeld += aantal[i];
        }
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            volgorde.add(i);
        }
        // All remainders share the denominator n, so comparing numerators is exact.
        volgorde.sort(Comparator.<Integer, BigInteger>comparing(i -> rest[i]).reversed()
                .thenComparing(i -> eenheden.get(i), VOORRANG));
        for (int j = 0; j < totaal - verdeeld; j++) {
            aantal[volgorde.get(j)]++;
        }
        return aantal;
    }

    /** Each quota on its own: rounded half up, or rounded up (art. 29). */
    private static long[] perEenheid(List<Eenheid> eenheden, BigInteger t, BigInteger n, boolean naarBoven) {
        long[] aantal = new long[eenheden.size()];
        for (int i = 0; i < aantal.length; i++) {
            BigInteger teller = t.multiply(BigInteger.valueOf(eenheden.get(i).gewicht()));
            BigInteger a = naarBoven
                    ? teller.add(n).subtract(BigInteger.ONE).divide(n)
                    : teller.shiftLeft(1).add(n).divide(n.shiftLeft(1));
            aantal[i] = a.longValueExact();
        }
        return aantal;
    }

    /**
     * Highest averages, computed without handing out seats one by one from zero. Start from a
     * state that is consistent with the divisor W/T (floor of the quota for D'Hondt, the quota
     * rounded half up for Sainte-Laguë): every seat taken has an average ≥ W/T and every seat
     * not taken one below it. Adding the best next seats, or removing the worst last seats,
     * until the sum is right then yields exactly the seats the sequential procedure gives.
     */
    private static long[] delerMethode(long totaal, List<Eenheid> eenheden, BigInteger t, BigInteger n, boolean sainteLague) {
        int k = eenheden.size();
        long[] aantal = new long[k];
        long verdeeld = 0;
        for (int i = 0; i < k; i++) {
            BigInteger teller = t.multiply(BigInteger.valueOf(eenheden.get(i).gewicht()));
            BigInteger a = sainteLague
                    ? teller.shiftLeft(1).add(n).divide(n.shiftLeft(1))
                    : teller.divide(n);
            aantal[i] = a.longValueExact();
            verdeeld += aantal[i];
        }
        while (verdeeld < totaal) {
            int beste = -1;
            for (int i = 0; i < k; i++) {
                if (beste < 0 || vergelijk(eenheden, i, aantal[i], beste, aantal[beste], sainteLague) > 0) {
                    beste = i;
                }
            }
            aantal[beste]++;
            verdeeld++;
        }
        while (verdeeld > totaal) {
            int slechtste = -1;
            for (int i = 0; i < k; i++) {
                if (aantal[i] == 0) continue;
                if (slechtste < 0 || vergelijk(eenheden, i, aantal[i] - 1, slechtste, aantal[slechtste] - 1, sainteLague) < 0) {
                    slechtste = i;
                }
            }
            aantal[slechtste]--;
            verdeeld--;
        }
        return aantal;
    }

    /**
     * Compares the average of seat number {@code si} (0-based) of unit i with that of seat
     * {@code sj} of unit j; positive means i's seat goes first. Ties follow {@link #VOORRANG}.
     */
    private static int vergelijk(List<Eenheid> eenheden, int i, long si, int j, long sj, boolean sainteLague) {
        // Average w/d(s): d(s) = s+1 (D'Hondt) or s+½ ~ 2s+1 (Sainte-Laguë, common factor 2 dropped).
        BigInteger wi = BigInteger.valueOf(eenheden.get(i).gewicht());
        BigInteger wj = BigInteger.valueOf(eenheden.get(j).gewicht());
        BigInteger di = BigInteger.valueOf(sainteLague ? 2 * si + 1 : si + 1);
        BigInteger dj = BigInteger.valueOf(sainteLague ? 2 * sj + 1 : sj + 1);
        int c = wi.multiply(dj).compareTo(wj.multiply(di));
        if (c != 0) return c;
        return -VOORRANG.compare(eenheden.get(i), eenheden.get(j));
    }
}
