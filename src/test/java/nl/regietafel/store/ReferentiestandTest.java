package nl.regietafel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.ReferentieImport;
import nl.regietafel.ingest.ReferentieReader;
import nl.regietafel.ingest.ReferentieReader.Referentie;
import nl.regietafel.ingest.TestData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The reference tables are rewritten only when the reference files give other rows: unchanged
 * files leave them as they are, a changed file (or the same files after another snapshot) rewrites them.
 */
class ReferentiestandTest {

    @TempDir
    Path tmp;

    JdbcClient jdbc;
    ReferentieRepository referentie;

    @BeforeEach
    void store() {
        var bron = new DriverManagerDataSource("jdbc:h2:file:" + tmp.resolve("db") + "/regietafel", "sa", "");
        new Schemamigratie(bron, SchemamigratieTest.LOCATIES).afterPropertiesSet();
        jdbc = JdbcClient.create(bron);
        referentie = new ReferentieRepository(jdbc, new JdbcTemplate(bron));
    }

    @Test
    void dezelfde_bestanden_laten_de_tabellen_staan() throws Exception {
        assertThat(importeer(TestData.DATA)).isTrue();
        // a mark only a rewrite would undo
        jdbc.sql("UPDATE gebied SET naam = 'Gemarkeerd' WHERE code = 'GM0153'").update();

        assertThat(importeer(kopie("kopie"))).isFalse();

        assertThat(naam("GM0153")).isEqualTo("Gemarkeerd");
        assertThat(referentie.populatiesets()).extracting(ReferentieRepository.PopulatieKop::populatieset)
                .containsExactly("cbs-2022", "procesplan-bijlage-3");
    }

    @Test
    void een_gewijzigd_bestand_schrijft_ze_opnieuw() throws Exception {
        importeer(TestData.DATA);
        long enschede = referentie.populatie("cbs-2022").get("GM0153");
        Path gewijzigd = kopie("gewijzigd");
        Path minvws = gewijzigd.resolve(ReferentieReader.MINVWS_CSV);
        List<String> regels = new ArrayList<>(Files.readAllLines(minvws));
        int i = indexVan(regels, "GM0153");
        regels.set(i, regels.get(i).replace(Long.toString(enschede), Long.toString(enschede + 1)));
        Files.write(minvws, regels);

        assertThat(importeer(gewijzigd)).isTrue();

        assertThat(referentie.populatie("cbs-2022")).containsEntry("GM0153", enschede + 1);
        assertThat(naam("GM0153")).isEqualTo("Enschede");
    }

    @Test
    void terug_naar_de_eerdere_bestanden_schrijft_die_weer() throws Exception {
        importeer(TestData.DATA);
        Path gewijzigd = kopie("gewijzigd");
        Path gemeenten = gewijzigd.resolve(ReferentieReader.GEMEENTEN_CSV);
        Files.writeString(gemeenten, Files.readString(gemeenten).replace("Enschede", "Enschede (nieuw)"));
        importeer(gewijzigd);
        assertThat(naam("GM0153")).isEqualTo("Enschede (nieuw)");

        assertThat(importeer(TestData.DATA)).isTrue();

        assertThat(naam("GM0153")).isEqualTo("Enschede");
    }

    /** What ReferentieImport stores of what it read. */
    private boolean importeer(Path map) {
        Leesresultaat<Referentie> r = ReferentieReader.lees(map);
        assertThat(r.isAfgewezen()).isFalse();
        return referentie.vervang(ReferentieImport.rijen(r.waarde().indeling()), r.waarde().populatiesets().values());
    }

    private Path kopie(String naam) throws Exception {
        Path doel = Files.createDirectories(tmp.resolve(naam));
        try (Stream<Path> lijst = Files.list(TestData.DATA)) {
            for (Path p : lijst.filter(Files::isRegularFile).toList()) {
                Files.copy(p, doel.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return doel;
    }

    private String naam(String code) {
        return jdbc.sql("SELECT naam FROM gebied WHERE code = ?").param(code).query(String.class).single();
    }

    private static int indexVan(List<String> regels, String code) {
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).contains(code)) return i;
        }
        throw new AssertionError(code + " niet gevonden");
    }
}
