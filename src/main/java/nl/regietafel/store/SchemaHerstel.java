package nl.regietafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store that a kill left half-made during the very first run: tables, but no Flyway schema
 * history, so every later run would refuse it. When none of its tables holds a row, nothing can
 * be lost and it is rebuilt (Flyway clean, then migrate). When any table holds data it is never
 * dropped: the run stops with a line that says what to do. {@link Schemamigratie} calls it
 * before Flyway's migrate.
 */
final class SchemaHerstel {

    private static final Logger log = LoggerFactory.getLogger(SchemaHerstel.class);

    private SchemaHerstel() {
    }

    static void herstel(Flyway flyway) {
        if (flyway.info().applied().length > 0) return; // a schema history: Flyway knows the store
        DataSource bron = flyway.getConfiguration().getDataSource();
        String geschiedenis = flyway.getConfiguration().getTable();
        try (Connection c = bron.getConnection()) {
            List<String> tabellen = tabellen(c, geschiedenis);
            if (tabellen.isEmpty()) return; // a new, empty store
            for (String tabel : tabellen) {
                long rijen = rijen(c, tabel);
                if (rijen > 0) {
                    throw new IllegalStateException("De database (" + c.getMetaData().getURL() + ") is niet volledig"
                            + " aangemaakt, maar tabel " + tabel + " bevat al " + rijen + " rij(en); ze wordt niet gewist."
                            + " Zet de database opzij (bij H2: hernoem de map data/) en draai opnieuw, of vraag de"
                            + " technische ondersteuning.");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("De database kon niet worden gecontroleerd: " + e.getMessage(), e);
        }
        log.warn("De database is bij een eerdere, afgebroken eerste run half aangemaakt en bevat nog geen gegevens:"
                + " ze wordt opnieuw opgebouwd.");
        Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
    }

    /** The base tables of the connection's schema, "schema"."table" quoted, without Flyway's own. */
    private static List<String> tabellen(Connection c, String geschiedenis) throws SQLException {
        List<String> uit = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT table_schema, table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name")) {
            s.setString(1, c.getSchema());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(2).equalsIgnoreCase(geschiedenis)) {
                        uit.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
                    }
                }
            }
        }
        return uit;
    }

    private static long rijen(Connection c, String tabel) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + tabel); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
