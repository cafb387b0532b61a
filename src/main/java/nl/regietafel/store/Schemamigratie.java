package nl.regietafel.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * Brings the store's schema up to date before the job repository or a repository uses it
 * ({@link SchemamigratieDetector} tells Spring Boot so). Flyway is only built when there is
 * schema work to do: on a current store, every run but the first after an install or an
 * upgrade, one query of its history says so ({@link Schemastand}), which saves building Flyway
 * and its scans of the migrations and the history on every run.
 */
@Component
public class Schemamigratie implements InitializingBean {

    private final DataSource bron;
    private final List<String> locaties;

    /** @param locaties Flyway locations, {@code {vendor}} standing for the database (h2, postgresql) */
    public Schemamigratie(DataSource bron, @Value("${spring.flyway.locations}") List<String> locaties) {
        this.bron = bron;
        this.locaties = locaties;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> echt;
        try (Connection c = bron.getConnection()) {
            // the database's name in migration folders, as Spring Boot resolves {vendor}
            String database = DatabaseDriver.fromJdbcUrl(c.getMetaData().getURL()).getId();
            echt = locaties.stream().map(l -> l.replace("{vendor}", database)).toList();
            if (Schemastand.actueel(c, echt)) return;
        } catch (SQLException e) {
            throw new IllegalStateException("De database is niet bereikbaar: " + e.getMessage(), e);
        }
        Flyway flyway = Flyway.configure().dataSource(bron).locations(echt.toArray(String[]::new)).load();
        SchemaHerstel.herstel(flyway);
        flyway.migrate();
    }
}
