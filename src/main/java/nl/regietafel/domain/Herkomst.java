package nl.regietafel.domain;

import java.time.LocalDate;

/**
 * Provenance of a figure: the document it was read from. Every stored figure keeps one, so
 * that any number in any document can be traced back (SPEC §1, §6 footnotes).
 */
public record Herkomst(String titel, String kenmerk, LocalDate datum, String uitgever, String bestand, String sha256) {
}
