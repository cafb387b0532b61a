/**
 * Opening untrusted xlsx files safely and reading their cells with Dutch messages. See
 * STYLE.md "Reading untrusted Excel": limits are JVM-wide ({@link nl.regietafel.ingest.excel.ExcelLimieten}),
 * files are opened from a File, every Throwable from POI becomes a {@link nl.regietafel.ingest.Melding}.
 * Sheets are read in one StAX pass each into a small read-only grid ({@link nl.regietafel.ingest.excel.Werkblad},
 * {@link nl.regietafel.ingest.excel.Rij}, {@link nl.regietafel.ingest.excel.Cel}) that answers as POI's cells do;
 * what that pass does not read exactly as POI would goes to POI's usermodel instead.
 */
package nl.regietafel.ingest.excel;
