/**
 * Readers for untrusted input: reference data (CSV), maandretouren and national documents
 * (xlsx), source profiles and the manifest (YAML). Plain Java, no Spring, no database: every
 * reader returns a {@link nl.regietafel.ingest.Leesresultaat} with Dutch
 * {@link nl.regietafel.ingest.Melding}s naming file, sheet, row and column.
 */
package nl.regietafel.ingest;
