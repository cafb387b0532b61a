/** The timeline of places by month in the documents: PDF chart, XLSX native chart, SVG for index.html. */
package nl.regietafel.report.tijdlijn;
