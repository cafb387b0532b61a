package nl.regietafel.domain.statushouders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.domain.realisatie.Gap;

/**
 * A gemeente's progress on housing statushouders in one half year at a peilmaand (SPEC §5.7).
 * The achterstand carried in is added to the taakstelling (COA's "gecorrigeerde
 * taakstelling"); a negative achterstand is a voorsprong and lowers it.
 */
public record Voortgang(String gemeenteCode, Peildatum halfjaar, YearMonth peilmaand,
                        long taakstelling, long achterstandBeginPeriode, long gehuisvest) {

    public Voortgang {
        if (halfjaar.soort() != Peildatum.Soort.HALFJAAR) {
            throw new IllegalArgumentException("Statushouders gaan per halfjaar, niet per " + halfjaar.label());
        }
        if (!Halfjaar.bevat(halfjaar, peilmaand)) {
            throw new IllegalArgumentException("Peilmaand " + peilmaand + " valt niet in " + halfjaar.label());
        }
        if (taakstelling < 0 || gehuisvest < 0) {
            throw new IllegalArgumentException("Negatieve taakstelling of aantal gehuisvest voor " + gemeenteCode);
        }
    }

    public static Voortgang van(String gemeenteCode, StatushoudersRegel regel, YearMonth peilmaand) {
        return new Voortgang(gemeenteCode, regel.halfjaar(), peilmaand, regel.taakstelling(),
                regel.achterstandBeginPeriode(), regel.gehuisvest());
    }

    public long gecorrigeerdeTaakstelling() {
        return taakstelling + achterstandBeginPeriode;
    }

    /** Month of the peilmaand within the half year: January and July are 1, June and December 6. */
    public int maandInHalfjaar() {
        return Halfjaar.maandInHalfjaar(peilmaand);
    }

    /** Housed as a share of the corrected taakstelling, one decimal; null when nothing is asked. */
    public BigDecimal percentage() {
        long noemer = gecorrigeerdeTaakstelling();
        if (noemer <= 0) return null;
        return BigDecimal.valueOf(gehuisvest).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(noemer), 1, RoundingMode.HALF_UP);
    }

    /** What should have been housed by the end of the peilmaand: months/6 of the corrected taakstelling. */
    public BigDecimal normOpSchema() {
        return normNaMaand(maandInHalfjaar());
    }

    /** What should have been housed after month {@code maand} (1..6) of the half year: maand/6 of the corrected taakstelling. */
    public BigDecimal normNaMaand(int maand) {
        return BigDecimal.valueOf(Math.max(0, gecorrigeerdeTaakstelling()) * maand)
                .divide(BigDecimal.valueOf(Halfjaar.MAANDEN), 1, RoundingMode.HALF_UP);
    }

    /** On schedule when housed ≥ months/6 of the corrected taakstelling (compared exactly). */
    public boolean opSchema() {
        return gehuisvest * Halfjaar.MAANDEN >= gecorrigeerdeTaakstelling() * maandInHalfjaar();
    }

    /** Still to house in this half year; at its end, the achterstand carried to the next one (negative: voorsprong). */
    public long achterstand() {
        return gecorrigeerdeTaakstelling() - gehuisvest;
    }

    /**
     * The achterstand carried into {@code halfjaar} as far as this progress knows it: its own
     * achterstand begin periode for this half year, what is still to house now for the next one
     * (final at the half year's last month), 0 for any other half year or a year.
     */
    public long achterstandIn(Peildatum halfjaar) {
        if (halfjaar.equals(this.halfjaar)) return achterstandBeginPeriode;
        if (halfjaar.equals(volgendHalfjaar())) return achterstand();
        return 0;
    }

    /** The half year this one's achterstand is carried into. */
    public Peildatum volgendHalfjaar() {
        return Halfjaar.volgend(halfjaar);
    }

    /** As a {@link Gap} beside the other opgaven: opgave = corrected taakstelling, realisatie = housed. */
    public Gap alsGap() {
        return new Gap(Opgave.STATUSHOUDERS, halfjaar, gemeenteCode, gecorrigeerdeTaakstelling(), gehuisvest, 0);
    }
}
