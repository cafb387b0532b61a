package nl.regietafel.report.factsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.regietafel.report.Documentkop;

/**
 * One gemeente's factsheet, as the PDF template and the XLSX writer both read it: every figure
 * comes from the region's {@link nl.regietafel.report.beeld.Maandbeeld}, so it prints as in the
 * maandpakket. Nullable: {@code statushouders} (no row for the half year), per-row fields as noted.
 */
public record FactsheetModel(Documentkop kop, String code, String naam, String regioNaam, long inwoners,
                             boolean retourOntvangen, String ingevuldDoor, List<Kerncijfer> kerncijfers,
                             List<Opgaverij> opgaven, List<Bron> bronnen, List<Statushoudersrij> statushouders,
                             List<Locatierij> locaties, List<Locatierij> pijplijn, List<Positierij> positie,
                             int aantalGemeenten, List<Knelpuntrij> knelpunten, List<String> onderDeStreep,
                             List<String> gapUitleg) {

    /** A key figure in the band at the top. */
    public record Kerncijfer(String label, String waarde, String toelichting) {
    }

    /**
     * One opgave at one peildatum. {@code bron} is the number of the source note when the opgave is
     * a figure of record, null when it is the indicative share by inwoners.
     */
    public record Opgaverij(String opgave, String peildatum, java.time.LocalDate peildag, String eenheid, long opgaveAantal, boolean vastgesteld,
                            Integer bron, long realisatie, long gap, long pijplijn, long gapNaPijplijn, long inGebruik,
                            long vervalt, long idee) {
        public String soort() {
            return vastgesteld ? "vastgesteld" : "indicatief";
        }
    }

    /** A source note: "Bijlage A circulaire …, Ministerie van BZK, 30 september 2022". */
    public record Bron(int nummer, String tekst) {
    }

    /**
     * Statushouders in one half year. For the current half year everything is known; for the next
     * one only the taakstelling and the achterstand carried in ({@code gehuisvest} etc. null).
     */
    public record Statushoudersrij(String halfjaar, long taakstelling, long achterstandBegin, long gecorrigeerd,
                                   Long gehuisvest, BigDecimal percentage, BigDecimal normOpSchema, Boolean opSchema,
                                   long nogTeHuisvesten) {
        public String opSchemaTekst() {
            return opSchema == null ? "" : opSchema ? "ja" : "nee";
        }
    }

    /**
     * A location from the gemeente's return or shared with it; {@code gedeeldMet} lists names, or is
     * empty; {@code aandeel} says for a shared location which part of it {@code capaciteit} is, else empty.
     */
    public record Locatierij(String naam, String plaats, String doelgroep, String soort, long capaciteit, long bezetting,
                             String status, LocalDate openVanaf, LocalDate beschikbaarTot, String gedeeldMet, String aandeel) {
    }

    /**
     * The gemeente beside the region on one opgave, per 10.000 inwoners; {@code rang} 1 is the
     * highest realisatie as a share of its opgave among the {@code aantalGemeenten}.
     */
    public record Positierij(String opgave, String peildatum, java.time.LocalDate peildag, BigDecimal opgavePer10k, BigDecimal realisatiePer10k,
                             BigDecimal regioOpgavePer10k, BigDecimal regioRealisatiePer10k, BigDecimal procentGerealiseerd,
                             BigDecimal regioProcentGerealiseerd, int rang) {
    }

    public record Knelpuntrij(String onderwerp, String omschrijving, String gevraagdVan) {
    }
}
