/**
 * Opening untrusted xlsx files safely and reading their cells with Dutch messages. See
 * STYLE.md "Reading untrusted Excel": limits are JVM-wide ({@link nl.regietafel.ingest.excel.ExcelLimieten}),
 * files are opened from a File, every Throwable from POI becomes a {@link nl.regietafel.ingest.Melding}.
 */
package nl.regietafel.ingest.excel;
