package nl.regietafel.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The audit trail of every file read: accepted, rejected or superseded, never deleted. */
@Repository
public class InvoerbestandRepository {

    /**
     * Named as the record's components: Spring's row mapper looks a column up by the component
     * name first, and every miss is an exception that H2 writes to its trace file.
     */
    private static final String KOLOMMEN = "id, soort, pad, sha256, grootte, periode, gemeente_code AS gemeenteCode,"
            + " ingevuld_door AS ingevuldDoor, status";

    private final JdbcClient jdbc;

    public InvoerbestandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long voegToe(String soort, String pad, String sha256, long grootte, String periode,
                        String gemeenteCode, String ingevuldDoor, String runId, String status) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO invoerbestand (soort, pad, sha256, grootte, periode, gemeente_code, ingevuld_door,
                                           ingelezen_op, run_id, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(soort, pad, sha256, grootte, periode, gemeenteCode, ingevuldDoor,
                        LocalDateTime.now(), runId, status)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The accepted (or superseded) file with this content and kind, if it was read before. */
    public Optional<Invoerbestand> eerderAanvaard(String soort, String sha256) {
        return jdbc.sql("SELECT " + KOLOMMEN + " FROM invoerbestand WHERE soort = ? AND sha256 = ? AND status <> 'AFGEWEZEN' ORDER BY id")
                .params(soort, sha256)
                .query(Invoerbestand.class).list().stream().findFirst();
    }

    /** True when this run already rejected this file (a restarted step reads it again). */
    public boolean alAfgewezenInRun(String runId, String pad, String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM invoerbestand WHERE run_id = ? AND pad = ? AND sha256 = ? AND status = 'AFGEWEZEN'")
                .params(runId, pad, sha256).query(Long.class).single() > 0;
    }

    public void markeerVervangen(long id, long doorId) {
        jdbc.sql("UPDATE invoerbestand SET status = 'VERVANGEN', vervangen_door = ? WHERE id = ?")
                .params(doorId, id).update();
    }

    /** SHA-256 of every accepted input, for the fingerprint printed on every page. */
    public List<String> aanvaardeHashes(String periode) {
        return jdbc.sql("""
                SELECT sha256 FROM invoerbestand
                WHERE status = 'AANVAARD' AND (periode IS NULL OR periode = ?)
                ORDER BY sha256""")
                .param(periode)
                .query(String.class).list();
    }

    public List<Invoerbestand> vanPeriode(String periode) {
        return jdbc.sql("SELECT " + KOLOMMEN + " FROM invoerbestand WHERE periode = ? ORDER BY id")
                .param(periode).query(Invoerbestand.class).list();
    }
}
