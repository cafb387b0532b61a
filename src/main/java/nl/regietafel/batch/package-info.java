/**
 * Spring Batch wiring only: one configuration class per job (import, verdeling, rapportage,
 * maand, uitvraag), the start-or-restart logic, and the command-line runner. The work itself is
 * done by the ingest, domain, store and report packages.
 */
package nl.regietafel.batch;
