package nl.regietafel.domain.verloop;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A province's scale for judging, at the end of a half year, how a gemeente met its statushouders
 * taakstelling (interbestuurlijk toezicht). Configuration, not code: read from
 * {@code input/toezicht/PVxx-naam.yaml} (docs/regio-instellingen.md). A gemeente falls in the first
 * category whose {@code minimumProcent} its realisatie reaches: gehuisvest as a percentage of the
 * gecorrigeerde taakstelling.
 *
 * @param bron      where the scale comes from, printed under the statement
 * @param aanname   true when the thresholds are an assumption rather than the province's own
 */
public record Toezichtschaal(String provincieCode, String naam, String bron, boolean aanname, List<Categorie> categorieen) {

    /** One step of the scale; {@code minimumProcent} 0 is the bottom step. */
    public record Categorie(String naam, BigDecimal minimumProcent, String betekenis) {
    }

    public Toezichtschaal {
        if (categorieen == null || categorieen.isEmpty()) {
            throw new IllegalArgumentException("Toezichtschaal " + naam + " heeft geen categorieën");
        }
        categorieen = categorieen.stream().sorted(Comparator.comparing(Categorie::minimumProcent).reversed()).toList();
        if (categorieen.get(categorieen.size() - 1).minimumProcent().signum() != 0) {
            throw new IllegalArgumentException("Toezichtschaal " + naam + ": de laagste categorie moet bij 0% beginnen");
        }
    }

    /**
     * The category of {@code gehuisvest} against {@code gecorrigeerd}, compared exactly (99,96% is
     * not 100%); nothing asked (gecorrigeerd ≤ 0) is fully met.
     */
    public Categorie categorie(long gehuisvest, long gecorrigeerd) {
        if (gecorrigeerd <= 0) return categorieen.get(0);
        BigDecimal honderdmaal = BigDecimal.valueOf(gehuisvest).multiply(BigDecimal.valueOf(100));
        return categorieen.stream()
                .filter(c -> honderdmaal.compareTo(c.minimumProcent().multiply(BigDecimal.valueOf(gecorrigeerd))) >= 0)
                .findFirst().orElse(categorieen.get(categorieen.size() - 1));
    }
}
