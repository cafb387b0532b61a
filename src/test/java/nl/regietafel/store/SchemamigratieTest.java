package nl.regietafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema check that lets a run skip Flyway: it says "current" exactly when Flyway's migrate
 * would do nothing, and the migration it guards still builds and repairs the store.
 */
class SchemamigratieTest {

    static final List<String> LOCATIES = List.of("classpath:db/migration/common", "classpath:db/migration/{vendor}");
    static final List<String> H2 = List.of("classpath:db/migration/common", "classpath:db/migration/h2");

    @TempDir
    Path tmp;

    DriverManagerDataSource store(String naam) {
        return new DriverManagerDataSource("jdbc:h2:file:" + tmp.resolve(naam) + "/regietafel", "sa", "");
    }

    boolean actueel(DriverManagerDataSource bron) throws Exception {
        try (Connection c = bron.getConnection()) {
            return Schemastand.actueel(c, H2);
        }
    }

    @Test
    void een_lege_store_is_niet_actueel_en_wordt_door_de_migratie_opgebouwd() throws Exception {
        DriverManagerDataSource bron = store("leeg");
        assertThat(actueel(bron)).isFalse();

        new Schemamigratie(bron, LOCATIES).afterPropertiesSet();

        assertThat(JdbcClient.create(bron).sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" ORDER BY \"installed_rank\"")
                .query(String.class).list()).containsExactly("1", "2", "3", "4", "5");
        assertThat(actueel(bron)).isTrue();
    }

    @Test
    void de_checksums_zijn_die_van_flyway() {
        Flyway flyway = Flyway.configure().dataSource(store("info")).locations(H2.toArray(String[]::new)).load();
        var geleverd = Schemastand.geleverd(H2);

        assertThat(geleverd).hasSize(5);
        for (MigrationInfo m : flyway.info().all()) {
            assertThat(geleverd.get(m.getVersion().toString()))
                    .isEqualTo(new Schemastand.Migratie(m.getScript(), m.getChecksum()));
        }
    }

    @Test
    void een_store_zonder_de_nieuwste_migratie_krijgt_die_alsnog() throws Exception {
        DriverManagerDataSource bron = store("oud");
        Flyway.configure().dataSource(bron).locations(H2.toArray(String[]::new)).target("3").load().migrate();
        assertThat(actueel(bron)).isFalse();

        new Schemamigratie(bron, LOCATIES).afterPropertiesSet();

        assertThat(JdbcClient.create(bron).sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '4' AND \"success\"")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(actueel(bron)).isTrue();
    }

    @Test
    void een_mislukte_of_gewijzigde_migratie_is_niet_actueel() throws Exception {
        DriverManagerDataSource bron = store("gewijzigd");
        new Schemamigratie(bron, LOCATIES).afterPropertiesSet();
        JdbcClient jdbc = JdbcClient.create(bron);

        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '2'").update();
        assertThat(actueel(bron)).isFalse();

        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1, \"success\" = FALSE WHERE \"version\" = '2'").update();
        assertThat(actueel(bron)).isFalse();

        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '2'").update();
        assertThat(actueel(bron)).isTrue();
    }
}
