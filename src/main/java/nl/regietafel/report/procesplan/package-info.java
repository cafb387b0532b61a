/**
 * The procesplan's own tables and bijlagen (Tabel 2.1, Tabel 2.2, Bijlage 3, Bijlage 4): view
 * model built from the stored computation, rendered to PDF and XLSX.
 */
package nl.regietafel.report.procesplan;
