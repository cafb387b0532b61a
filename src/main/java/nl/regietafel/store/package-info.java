/**
 * The relational store (H2 file database by default, PostgreSQL with the {@code postgres}
 * profile). The schema is owned by Flyway ({@code db/migration}); repositories here are thin
 * {@code JdbcClient} wrappers that speak the domain's records.
 */
package nl.regietafel.store;
