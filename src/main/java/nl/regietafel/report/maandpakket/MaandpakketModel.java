package nl.regietafel.report.maandpakket;

import java.util.List;

import nl.regietafel.report.Documentkop;

/**
 * The maandpakket as one view model, from which both the PDF and the XLSX are made, so the two
 * always agree. Figures are whole numbers (formatted by the template or written as numbers to
 * the workbook); texts are Dutch and final. {@code zonderRetour} names the gemeenten that sent no
 * return this month (their realisatie counts as 0); {@code afwijkingen} names the material checks;
 * {@code extraNodig} reads the overview as the procesplan does (§2.3), null when nothing is short.
 */
public record MaandpakketModel(Documentkop kop, String periode, String vorigePeriode, List<Kerncijfer> kerncijfers,
                               List<Overzichtregel> overzicht, List<String> bronnen,
                               List<Balansregel> balans, String balansConclusie, List<GemeenteBalans> gemeenteBalansen,
                               Gemeentekoppen koppen, List<Gemeenteregel> gemeenten, Gemeenteregel totaal,
                               Statushouders statushouders, Cno cno, List<Knelpuntgroep> knelpunten,
                               List<Mijlpaalregel> mijlpalen, List<String> zonderRetour, int aantalGemeenten,
                               List<Peilregel> peilregels, List<String> afwijkingen, String extraNodig,
                               List<String> gapUitleg) {

    /** A key figure in the title band; {@code getal} is the number behind {@code waarde} (for the XLSX). */
    public record Kerncijfer(String label, String waarde, long getal, String toelichting) {
    }

    /**
     * One opgave at one peildatum for the region. {@code noot} is the number of the source note;
     * {@code trend} the change in realisatie against the previous period (null when there is none).
     */
    public record Overzichtregel(String opgave, String peildatum, String scenario, long opgaveAantal, boolean vastgesteld,
                                 Integer noot, long realisatie, long gap, long pijplijn, long gapNaPijplijn, Long trend,
                                 String trendTekst, String eenheid, java.time.LocalDate peildag, long inGebruik, long vervalt,
                                 long idee, long zonderDatum, long ernaast) {
    }

    /**
     * A location in use now that is gone before a peildatum (so it does not count there), or a
     * plan without {@code Open vanaf} (it reduces no gap); {@code datum} is the end date or null.
     */
    public record Peilregel(String soort, String opgave, String peildatum, String naam, long plekken, java.time.LocalDate datum,
                            String datumTekst, java.time.LocalDate peildag) {
    }

    /** The region's bottom line on one opgave (after the permitted exchange). */
    public record Balansregel(String opgave, String peildatum, long opgaveAantal, long realisatie, long saldo,
                              long ontvangen, long ingezet, long saldoNaUitwisseling, boolean gehaald) {

        /** The opgave's short name for the column headers of the per-gemeente table ("Asiel", "Oekraïne"). */
        public String kort() {
            if (opgave.startsWith("Asiel")) return "Asiel";
            if (opgave.startsWith("Oekra")) return "Oekraïne";
            return opgave;
        }
    }

    /** A gemeente's bottom line: its surplus (+) or deficit (−) per opgave, before and after exchange. */
    public record GemeenteBalans(String naam, List<Long> saldo, List<Long> naUitwisseling, boolean onderDeStreep) {
    }

    /** Peildata of the per-gemeente table's columns (labels), so headers follow the data. */
    public record Gemeentekoppen(String asielEerste, String asielTweede, String statushouders, String oekraine,
                                 String halfjaarVoortgang) {
    }

    /** One gemeente (or the region total) in the per-gemeente table; null where a figure does not exist. */
    public record Gemeenteregel(String code, String naam, long inwoners, Long asielEerste, Long asielTweede,
                                long asielRealisatie, Long asielGapEerste, Long asielGapTweede, long asielPijplijn,
                                Long statushoudersTaakstelling, Long shGecorrigeerd, Long shGehuisvest,
                                String shProcent, Long oekraineOpgave, long oekraineRealisatie, boolean retour) {
    }

    /** Statushouders progress in the period's half year (SPEC §5.7). */
    public record Statushouders(String halfjaar, int maand, List<Voortgangregel> gemeenten, Voortgangregel totaal,
                                long achterOpSchema) {
    }

    public record Voortgangregel(String naam, long taakstelling, long achterstandBegin, long gecorrigeerd, long gehuisvest,
                                 String procent, java.math.BigDecimal procentGetal, java.math.BigDecimal norm,
                                 boolean opSchema, long nogTeHuisvesten) {
    }

    /** The CNO transition (procesplan §4): stand, locations with their verdict, closure against the milestones. */
    public record Cno(long plekkenInGebruik, int locatiesInGebruik, long plekkenGerealiseerd, int locatiesGerealiseerd,
                      long plekkenGesloten, int locatiesGesloten, int geschikt, List<Cnoregel> locaties,
                      List<Sluitregel> sluiting, List<String> signalen, String criteria) {
    }

    public record Cnoregel(String naam, String gemeente, String plaats, long plekken, String status,
                           java.time.LocalDate beschikbaarTot, String beschikbaarTotTekst, boolean geschikt,
                           String redenen) {
    }

    /** How much CNO is still open after a milestone's date. */
    public record Sluitregel(String datum, String mijlpaal, int locaties, long plekken, String oordeel) {
    }

    public record Knelpuntgroep(String partij, List<Knelpuntregel> regels) {
    }

    public record Knelpuntregel(String partij, String onderwerp, String omschrijving, String gemeenten, int aantal) {
    }

    public record Mijlpaalregel(java.time.LocalDate datum, String datumTekst, String omschrijving, String termijn,
                                String stand) {
    }
}
