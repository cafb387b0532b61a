package nl.regietafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store is compacted only when most of its file is no longer in use, and keeps its data. */
class CompactieTest {

    @TempDir
    Path tmp;

    @Test
    void alleen_een_h2_bestand_zonder_eigen_instelling_krijgt_max_compact_time_0() {
        assertThat(Compactie.url("jdbc:h2:file:./data/regietafel;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/regietafel;AUTO_SERVER=FALSE;MAX_COMPACT_TIME=0");
        assertThat(Compactie.url("jdbc:h2:./data/regietafel")).isEqualTo("jdbc:h2:./data/regietafel;MAX_COMPACT_TIME=0");
        // what the user set stays as it is
        assertThat(Compactie.url("jdbc:h2:file:./data/regietafel;max_compact_time=200"))
                .isEqualTo("jdbc:h2:file:./data/regietafel;max_compact_time=200");
        assertThat(Compactie.url("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(Compactie.url("jdbc:h2:file:./data/regietafel;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./data/regietafel;AUTO_SERVER=TRUE");
        assertThat(Compactie.url("jdbc:postgresql://localhost/regietafel")).isEqualTo("jdbc:postgresql://localhost/regietafel");
        assertThat(Compactie.beheerd("jdbc:h2:file:./data/regietafel")).isTrue();
        assertThat(Compactie.beheerd("jdbc:postgresql://localhost/regietafel")).isFalse();
    }

    @Test
    void een_store_die_grotendeels_leeg_is_wordt_gecompacteerd_en_houdt_zijn_gegevens() throws Exception {
        String url = Compactie.url("jdbc:h2:file:" + tmp.resolve("db") + "/regietafel");
        Path bestand = tmp.resolve("db").resolve("regietafel.mv.db");
        // a run's worth of rows, written and replaced several times, as the store's tables are by re-runs
        for (int ronde = 0; ronde < 6; ronde++) {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, tekst VARCHAR(200))");
                s.execute("DELETE FROM t");
                try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                    for (int i = 0; i < 20_000; i++) {
                        p.setInt(1, i);
                        p.setString(2, "ronde " + ronde + " rij " + i + " " + "x".repeat(60));
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
        }
        DataSource bron = new DriverManagerDataSource(url, "sa", "");
        assertThat(Compactie.nodig(bron)).isTrue();
        long voor = Files.size(bestand);

        Compactie.compacteren(url, "sa", "");

        assertThat(Files.size(bestand)).isLessThan(voor / 2);
        try (Connection c = bron.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), MIN(tekst) FROM t")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(20_000);
            assertThat(r.getString(2)).startsWith("ronde 5 rij 0 ");
        }
        assertThat(Compactie.nodig(bron)).isFalse();
    }

    @Test
    void een_volle_store_wordt_niet_gecompacteerd() throws SQLException {
        String url = Compactie.url("jdbc:h2:file:" + tmp.resolve("vol") + "/regietafel");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
            s.execute("INSERT INTO t SELECT X FROM SYSTEM_RANGE(1, 1000)");
        }
        assertThat(Compactie.nodig(new DriverManagerDataSource(url, "sa", ""))).isFalse();
    }
}
