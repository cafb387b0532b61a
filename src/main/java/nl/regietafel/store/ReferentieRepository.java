package nl.regietafel.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Areas (gemeente → veiligheidsregio → provincie → NL) and named population sets. */
@Repository
public class ReferentieRepository {

    public record GebiedRij(String code, String naam, String niveau, String ouderCode) {
    }

    public record PopulatieKop(String populatieset, LocalDate peildatum, String bron) {
    }

    private final JdbcClient jdbc;

    public ReferentieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the area table as a whole: reference data is a snapshot, not a history. */
    public void vervangGebieden(List<GebiedRij> gebieden) {
        jdbc.sql("DELETE FROM gebied").update();
        for (GebiedRij g : gebieden) {
            jdbc.sql("INSERT INTO gebied (code, naam, niveau, ouder_code) VALUES (?, ?, ?, ?)")
                    .params(g.code(), g.naam(), g.niveau(), g.ouderCode()).update();
        }
    }

    public List<GebiedRij> gebieden() {
        return jdbc.sql("SELECT code, naam, niveau, ouder_code FROM gebied ORDER BY code")
                .query(GebiedRij.class).list();
    }

    public void vervangPopulatie(String set, LocalDate peildatum, String bron, Map<String, Long> inwoners) {
        jdbc.sql("DELETE FROM populatie WHERE populatieset = ?").param(set).update();
        inwoners.forEach((code, aantal) -> jdbc.sql("""
                        INSERT INTO populatie (populatieset, gebied_code, inwoners, peildatum, bron)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(set, code, aantal, peildatum, bron).update());
    }

    public Map<String, Long> populatie(String set) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT gebied_code, inwoners FROM populatie WHERE populatieset = ? ORDER BY gebied_code")
                .param(set)
                .query((rs, i) -> result.put(rs.getString(1), rs.getLong(2)))
                .list();
        return result;
    }

    public List<PopulatieKop> populatiesets() {
        return jdbc.sql("""
                SELECT populatieset, MAX(peildatum) AS peildatum, MAX(bron) AS bron
                FROM populatie GROUP BY populatieset ORDER BY populatieset""")
                .query(PopulatieKop.class).list();
    }
}
