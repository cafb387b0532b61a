/**
 * XLSX workbooks: one {@link nl.regietafel.report.xlsx.XlsxWerkboek} per document, its sheets as
 * {@link nl.regietafel.report.xlsx.Blad} (title lines, header, rows, totals, print settings, a
 * native bar chart). A workbook of tables only ({@code XlsxWerkboek.tabellen}: factsheets,
 * procesplan, distributielijst) is written by the tool itself ({@code EigenWerkboek},
 * {@code EigenBlad}, {@code Bladcellen}, {@code Grafiekxml}), in the bytes POI writes for it;
 * the others go through POI ({@code PoiBlad}) and are zipped by {@code Werkboekpakket}.
 * {@code Blad} writes through {@link nl.regietafel.report.xlsx.Bladdoel}, so it does not know which.
 *
 * <p>No Spring and no document knowledge here: the documents' own packages fill the sheets.
 */
package nl.regietafel.report.xlsx;
