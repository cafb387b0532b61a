/**
 * Paying the JVM's fixed costs once: the jar relaunches itself in a child JVM that uses a
 * class-data-sharing archive kept in the store folder (issue 13). Runs in-process whenever
 * anything about that fails.
 */
package nl.regietafel.launch;
