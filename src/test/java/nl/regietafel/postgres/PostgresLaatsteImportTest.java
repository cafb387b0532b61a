package nl.regietafel.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import nl.regietafel.store.Importhistorie;
import nl.regietafel.store.LaatsteImportTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The controlerapport's look-up of the latest import on PostgreSQL, in a schema of its own: the
 * database's other tests leave their runs in the public schema.
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
class PostgresLaatsteImportTest extends LaatsteImportTest {

    private final String schema = "laatste_import_" + System.nanoTime();

    @Override
    protected Importhistorie historie() throws Exception {
        try (Connection c = verbinding(url()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Importhistorie.op(new SingleConnectionDataSource(url, gebruiker(), wachtwoord(), true));
    }

    @AfterEach
    void schemaWeg() throws Exception {
        try (Connection c = verbinding(url()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static Connection verbinding(String url) throws Exception {
        return DriverManager.getConnection(url, gebruiker(), wachtwoord());
    }

    private static String url() {
        return System.getenv("POSTGRES_URL");
    }

    private static String gebruiker() {
        return System.getenv("POSTGRES_USER");
    }

    private static String wachtwoord() {
        String w = System.getenv("POSTGRES_PASSWORD");
        return w == null ? "" : w;
    }
}
