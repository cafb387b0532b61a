package nl.regietafel.report.procesplan;

import java.util.List;

/** Bijlage 4 "Overzicht CNO-locaties": every CNO location in the returns, closed ones included. */
public record Bijlage4(String maand, List<Regel> regels, long totaal, long inGebruik, long gesloten, String bron) {

    /** {@code plaats} and {@code plekken} are null for a gemeente without CNO ("N.v.t."). */
    public record Regel(String cno, String plaats, Long plekken, String status) {
    }
}
