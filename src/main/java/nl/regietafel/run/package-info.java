/**
 * One run's parameters ({@link nl.regietafel.run.Run}): month, region, folders and run id. Below the
 * documents and the jobs alike, with no Spring Batch, so that {@code report} does not depend on {@code batch}.
 */
package nl.regietafel.run;
