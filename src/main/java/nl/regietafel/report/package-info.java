/**
 * Rendering infrastructure shared by every document: Dutch formatting ({@link nl.regietafel.report.Opmaak}),
 * the run's FreeMarker configuration ({@link nl.regietafel.report.Sjablonen}), XHTML to PDF with embedded
 * DejaVu Sans ({@link nl.regietafel.report.PdfRenderer}), charts ({@link nl.regietafel.report.Grafieken}) and
 * XLSX workbooks ({@link nl.regietafel.report.xlsx}: {@code XlsxWerkboek}, {@code Blad}; the tool's own
 * writer for workbooks of tables and POI for the others).
 *
 * <p>No Spring here: plain constructors, so the classes can be beans and unit-tested alike. Build
 * {@code Opmaak}, {@code Sjablonen}, {@code PdfRenderer} and {@code Grafieken} once per run (they load
 * fonts and compile templates) and share them across threads; make an {@code XlsxWerkboek} per document.
 * PDF layout lives in {@code templates/lib/document.ftlx}.
 */
package nl.regietafel.report;
