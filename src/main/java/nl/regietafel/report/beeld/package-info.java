/**
 * The month as every document of the package shows it: per opgave and peildatum the opgave,
 * realisatie, pipeline, gap and trend, for the region and for each gemeente; statushouders
 * progress; CNO transition; onder de streep. Built once per region from the store, so the same
 * figure prints the same in the maandpakket, the PRT-inbreng, the factsheets and index.html.
 */
package nl.regietafel.report.beeld;
