package nl.regietafel.domain.regio;

import java.time.LocalDate;

import nl.regietafel.domain.LandelijkCijfer;

/** A figure of record: what a national document says, with the document's id and date. */
public record Vastgesteld(LandelijkCijfer cijfer, long bronId, LocalDate documentdatum) {
}
