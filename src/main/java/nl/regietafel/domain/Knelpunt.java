package nl.regietafel.domain;

/** One row of the sheet {@code Knelpunten}: an obstacle and whom it asks something of. */
public record Knelpunt(String onderwerp, String omschrijving, Partij gevraagdVan) {
}
