package nl.regietafel.report.procesplan;

/** A generated footnote: its number and the text built from the provenance of the figure. */
public record Voetnoot(int nummer, String tekst) {
}
