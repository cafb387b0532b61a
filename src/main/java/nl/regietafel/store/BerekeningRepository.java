package nl.regietafel.store;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.controle.Controle;
import nl.regietafel.domain.controle.Uitkomst;
import nl.regietafel.domain.regio.Sleutel;
import nl.regietafel.domain.regio.VerdelingRegel;
import nl.regietafel.domain.verdeling.Methode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** What the verdeling job computed for a period and region; replaced as a whole on each run. */
@Repository
public class BerekeningRepository {

    public record Kop(long id, String periode, String regio, String runId, LocalDateTime berekendOp,
                      String vingerafdruk, String populatieset) {
    }

    private final JdbcClient jdbc;

    public BerekeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long vervang(YearMonth periode, String regio, String runId, String vingerafdruk, String populatieset,
                        List<VerdelingRegel> regels, List<Controle> controles) {
        jdbc.sql("DELETE FROM verdeling_regel WHERE berekening_id IN (SELECT id FROM berekening WHERE periode = ? AND regio = ?)")
                .params(periode.toString(), regio).update();
        jdbc.sql("DELETE FROM controle WHERE berekening_id IN (SELECT id FROM berekening WHERE periode = ? AND regio = ?)")
                .params(periode.toString(), regio).update();
        jdbc.sql("DELETE FROM berekening WHERE periode = ? AND regio = ?").params(periode.toString(), regio).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO berekening (periode, regio, run_id, berekend_op, vingerafdruk, populatieset)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(periode.toString(), regio, runId, LocalDateTime.now(), vingerafdruk, populatieset)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (VerdelingRegel r : regels) {
            jdbc.sql("""
                    INSERT INTO verdeling_regel (berekening_id, opgave, peildatum, scenario, ouder_code, gebied_code, gewicht,
                        quotum, berekend, vastgesteld, bron_document_id, methode, totaal, totaal_bron_id, populatieset)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, r.sleutel().opgave().name(), r.sleutel().peildatum().code(), r.sleutel().scenario(),
                            r.ouderCode(), r.gebiedCode(), r.gewicht(), r.quotum(), r.berekend(), r.vastgesteld(),
                            r.bronId(), r.methode().name(), r.totaal(), r.totaalBronId(), r.populatieset())
                    .update();
        }
        int volgnr = 0;
        for (Controle c : controles) {
            jdbc.sql("""
                    INSERT INTO controle (berekening_id, volgnr, code, omschrijving, invoer, verwacht, gevonden, uitkomst)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, ++volgnr, c.code(), c.omschrijving(), c.invoer(), c.verwacht(), c.gevonden(), c.uitkomst().name())
                    .update();
        }
        return id;
    }

    public Optional<Kop> kop(YearMonth periode, String regio) {
        return jdbc.sql("SELECT id, periode, regio, run_id AS runId, berekend_op AS berekendOp, vingerafdruk, populatieset FROM berekening WHERE periode = ? AND regio = ?")
                .params(periode.toString(), regio).query(Kop.class).optional();
    }

    public List<VerdelingRegel> regels(long berekeningId) {
        return jdbc.sql("SELECT * FROM verdeling_regel WHERE berekening_id = ? ORDER BY opgave, peildatum, scenario, ouder_code, gebied_code")
                .param(berekeningId)
                .query((rs, i) -> new VerdelingRegel(
                        new Sleutel(Opgave.valueOf(rs.getString("opgave")), Peildatum.of(rs.getString("peildatum")), rs.getString("scenario")),
                        rs.getString("ouder_code"), rs.getString("gebied_code"), rs.getLong("gewicht"), rs.getBigDecimal("quotum"),
                        rs.getLong("berekend"), (Long) rs.getObject("vastgesteld", Long.class),
                        (Long) rs.getObject("bron_document_id", Long.class), Methode.valueOf(rs.getString("methode")),
                        rs.getLong("totaal"), (Long) rs.getObject("totaal_bron_id", Long.class), rs.getString("populatieset")))
                .list();
    }

    public List<Controle> controles(long berekeningId) {
        return jdbc.sql("SELECT code, omschrijving, invoer, verwacht, gevonden, uitkomst FROM controle WHERE berekening_id = ? ORDER BY volgnr")
                .param(berekeningId)
                .query((rs, i) -> new Controle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Uitkomst.valueOf(rs.getString(6))))
                .list();
    }
}
