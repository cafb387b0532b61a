package nl.regietafel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The store opened ahead: only an H2 file store, only after the pre-check, and never in the way of the pool's own connections. */
class StoreVoorafTest {

    @TempDir
    Path tmp;

    @Test
    void alleen_een_h2_bestand() {
        assertThat(StoreVooraf.h2Bestand("jdbc:h2:file:./data/regietafel;AUTO_SERVER=FALSE")).isTrue();
        assertThat(StoreVooraf.h2Bestand("jdbc:h2:./data/regietafel")).isTrue();
        assertThat(StoreVooraf.h2Bestand("jdbc:h2:mem:test")).isFalse();
        assertThat(StoreVooraf.h2Bestand("jdbc:h2:tcp://localhost/regietafel")).isFalse();
        assertThat(StoreVooraf.h2Bestand("jdbc:h2:file:./data/regietafel;AUTO_SERVER=TRUE")).isFalse();
        assertThat(StoreVooraf.h2Bestand("jdbc:postgresql://localhost/regietafel")).isFalse();
        assertThat(StoreVooraf.h2Bestand(null)).isFalse();
    }

    @Test
    void de_pool_krijgt_de_al_geopende_store_en_houdt_hem_na_het_sluiten() throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("db") + "/regietafel";
        StoreVooraf vooraf = new StoreVooraf();
        vooraf.beginnen(omgeving(url), () -> { });

        try (Connection pool = DriverManager.getConnection(url, "sa", "")) {
            pool.createStatement().execute("CREATE TABLE t (x INT)");
            vooraf.sluiten();
            pool.createStatement().execute("INSERT INTO t VALUES (1)");
        }
        try (Connection later = DriverManager.getConnection(url, "sa", "");
             var rs = later.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void na_een_mislukte_controle_vooraf_wordt_geen_store_geopend() {
        Path map = tmp.resolve("nooit");
        StoreVooraf vooraf = new StoreVooraf();
        vooraf.beginnen(omgeving("jdbc:h2:file:" + map + "/regietafel"), () -> {
            throw new IllegalStateException("controle vooraf mislukt");
        });

        vooraf.sluiten();

        assertThat(Files.exists(map)).isFalse();
    }

    @Test
    void een_store_die_niet_opent_laat_de_pool_zijn_eigen_melding_geven() throws Exception {
        Path bestand = Files.writeString(tmp.resolve("kapot.mv.db"), "geen H2-bestand");
        String url = "jdbc:h2:file:" + tmp.resolve("kapot");
        StoreVooraf vooraf = new StoreVooraf();
        vooraf.beginnen(omgeving(url), () -> { });

        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        vooraf.sluiten();
        assertThat(Files.readString(bestand)).isEqualTo("geen H2-bestand");
    }

    private static MockEnvironment omgeving(String url) {
        return new MockEnvironment().withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", "sa").withProperty("spring.datasource.password", "");
    }
}
