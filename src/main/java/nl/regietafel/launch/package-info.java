/**
 * Paying the JVM's fixed costs once: the jar relaunches itself in a child JVM that uses a
 * class-data-sharing archive kept in the store folder (issue 13), and the jar's Main-Class
 * ({@link nl.regietafel.launch.JarMain}) does that without loading the jar's libraries. Runs
 * in-process, through Spring Boot's own launcher, whenever anything about that fails.
 */
package nl.regietafel.launch;
