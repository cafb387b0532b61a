/**
 * The development over time in the documents: the series of the periods in the store
 * ({@link nl.regietafel.report.verloop.Verloopbron}), their view model, the vector line charts of
 * the PDFs, the native line charts of the XLSX and the inline SVG of index.html. Templates:
 * {@code templates/lib/verloop.ftlx}.
 */
package nl.regietafel.report.verloop;
