package nl.regietafel.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the store's schema is current: Flyway's history holds exactly the versioned
 * migrations this jar ships, each applied successfully with the same checksum. Then Flyway's
 * migrate would validate and do nothing. Anything else (no history, a failed or missing
 * migration, another kind of entry, a changed script) is left to Flyway.
 */
final class Schemastand {

    private static final Pattern VERSIE = Pattern.compile("V([0-9_.]+)__.+\\.sql");
    private static final String GESCHIEDENIS =
            "SELECT \"version\", \"script\", \"checksum\", \"type\", \"success\" FROM \"flyway_schema_history\"";

    private Schemastand() {
    }

    /** A migration as Flyway records it. */
    record Migratie(String script, Integer checksum) {
    }

    /** @param locaties classpath locations ({@code classpath:db/migration/h2}) with the vendor filled in */
    static boolean actueel(Connection c, List<String> locaties) {
        Map<String, Migratie> toegepast = new HashMap<>();
        if (!geschiedenisBestaat(c)) return false; // a new store
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(GESCHIEDENIS)) {
            while (rs.next()) {
                if ("TABLE".equals(rs.getString(4))) continue; // Flyway's note that it made the history table
                if (!rs.getBoolean(5) || !"SQL".equals(rs.getString(4))) return false;
                int checksum = rs.getInt(3);
                toegepast.put(rs.getString(1), new Migratie(rs.getString(2), rs.wasNull() ? null : checksum));
            }
        } catch (SQLException e) {
            return false; // Flyway will say what is wrong
        }
        Map<String, Migratie> geleverd = geleverd(locaties);
        return geleverd != null && geleverd.equals(toegepast);
    }

    /** Asked of the metadata, not by a failing query: H2 writes every failed statement to a trace file. */
    private static boolean geschiedenisBestaat(Connection c) {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", null)) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Version → migration of the scripts in the locations; null when one is not a plain versioned script. */
    static Map<String, Migratie> geleverd(List<String> locaties) {
        Map<String, Migratie> uit = new HashMap<>();
        var zoeker = new PathMatchingResourcePatternResolver(Schemastand.class.getClassLoader());
        try {
            for (String locatie : locaties) {
                for (Resource r : zoeker.getResources(locatie + "/*")) {
                    String naam = r.getFilename();
                    Matcher m = VERSIE.matcher(naam == null ? "" : naam);
                    if (!m.matches()) return null;
                    String versie = m.group(1).replace('_', '.');
                    if (uit.put(versie, new Migratie(naam, ChecksumCalculator.calculate(new Bron(r)))) != null) return null;
                }
            }
        } catch (IOException e) {
            return null; // Flyway will say what is wrong
        }
        return uit;
    }

    /** A migration script as Flyway reads it for its checksum (UTF-8, Flyway's default encoding). */
    private static final class Bron extends LoadableResource {
        private final Resource resource;

        Bron(Resource resource) {
            this.resource = resource;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return resource.getDescription();
        }

        @Override
        public String getFilename() {
            return resource.getFilename();
        }

        // the checksum reads neither: the same names as above
        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getRelativePath() {
            return getFilename();
        }
    }
}
