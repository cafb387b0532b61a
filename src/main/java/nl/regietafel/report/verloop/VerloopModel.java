package nl.regietafel.report.verloop;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The development over time as the documents show it (maandpakket, factsheets, index.html, XLSX),
 * texts Dutch and final. {@code eerstePeriode}: the store holds only this month, so every chart
 * has one point and says so. {@code gemeenten} by gemeente code, for the factsheets. {@code vergelijking}
 * names what {@link Lijn#trendKort} compares with ("t.o.v. november 2023 / sinds 1 juli 2023").
 */
public record VerloopModel(String periode, List<String> maanden, boolean eerstePeriode, String periodeTekst, String vergelijking,
                           List<Lijn> lijnen, Statushouderslijn statushouders, Oordeel oordeel,
                           Map<String, Gemeenteverloop> gemeenten) {

    /**
     * One opgave for one area at one peildatum: a point per month, the trend in words ("+12 t.o.v.
     * november 2023, +40 sinds 1 juli") and the stand in words, so no reader needs the colour.
     */
    public record Lijn(String sleutel, String titel, String opgave, String kort, String peildatum, String eenheid, List<Punt> punten,
                       String trend, String stand, String trendKort) {
    }

    /** A month: realisatie (beschikbaar op de peildatum) and the opgave as known that month (null: none yet). */
    public record Punt(YearMonth maand, String label, long realisatie, Long opgave, Long gap) {
    }

    /** Statushouders housed in the half year month by month against the on-schedule line, with the rule that draws it. */
    public record Statushouderslijn(String halfjaar, String regel, List<Shpunt> punten, String stand) {
    }

    public record Shpunt(YearMonth maand, String label, Long gehuisvest, BigDecimal opSchema, long gecorrigeerd) {
    }

    /**
     * The half-year statement: null outside June and December. {@code geenOordeel} says why there is
     * none (no scale for the province, no statushouders rows); then {@code gemeenten} is empty.
     */
    public record Oordeel(String halfjaar, String volgendHalfjaar, String schaal, String bron, boolean aanname,
                          List<Categorieregel> categorieen, List<Oordeelregel> gemeenten, Oordeelregel totaal,
                          String samenvatting, String geenOordeel) {
    }

    public record Categorieregel(String naam, String vanaf, String betekenis) {
    }

    /** One gemeente's statement; {@code doorschuiven} goes into the next half year (negative: voorsprong). */
    public record Oordeelregel(String code, String naam, long taakstelling, long achterstandBegin, long gecorrigeerd,
                               long gehuisvest, String procent, boolean gehaald, String categorie, long doorschuiven) {
    }

    /** A gemeente's own lines for its factsheet, its statushouders and its statement (null outside June/December). */
    public record Gemeenteverloop(List<Lijn> lijnen, Statushouderslijn statushouders, Oordeelregel oordeel) {
    }
}
