/**
 * Spring Batch wiring only: one configuration class per job (import, verdeling, rapportage,
 * maand, uitvraag), the start-or-restart logic, and the command-line runner. The work itself is
 * done by the ingest, domain, store and report packages. No bean method calls another, so the
 * configuration classes are not proxied ({@code proxyBeanMethods = false}): a run does not
 * generate their subclasses at start-up.
 */
package nl.regietafel.batch;
