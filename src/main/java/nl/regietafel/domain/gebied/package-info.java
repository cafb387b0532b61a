/**
 * The areas of the Netherlands (land, provincies, veiligheidsregio's, gemeenten) with their
 * hierarchy and name resolution, and named population sets. Built from reference data by
 * {@code nl.regietafel.ingest.ReferentieReader}.
 */
package nl.regietafel.domain.gebied;
