package nl.regietafel.report.procesplan;

import java.util.List;

/**
 * Tabel 2.2 "Indicatieve asielopgave": per opgave the region's figures for the two years and
 * the current realisatie, each with a footnote generated from its provenance.
 */
public record Tabel22(String regio, String maand, List<String> jaren, List<Regel> regels) {

    /** A cell as printed: the figure (or text) and its footnote number. */
    public record Tekst(String tekst, Long waarde, Integer voetnoot) {
        public static final Tekst STREEP = new Tekst("-", null, null);
    }

    public record Regel(String nummer, String opgave, List<Tekst> jaren, List<String> realisatie) {
    }
}
