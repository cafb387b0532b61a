package nl.regietafel.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages about input files: rejections (FOUT) and warnings, per run and period. */
@Repository
public class MeldingRepository {

    /** One stored message; {@code rij} is the row as Excel numbers it. */
    public record OpgeslagenMelding(String bestand, String blad, Integer rij, String kolom, String tekst,
                                    String ernst, String quarantaine) {
    }

    private final JdbcClient jdbc;

    public MeldingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void voegToe(String runId, String periode, OpgeslagenMelding m) {
        jdbc.sql("""
                INSERT INTO melding (run_id, periode, bestand, blad, rij, kolom, tekst, ernst, quarantaine)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, periode, m.bestand(), m.blad(), m.rij(), m.kolom(),
                        afkappen(m.tekst(), 4000), m.ernst(), m.quarantaine())
                .update();
    }

    public int aantalFouten(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM melding WHERE run_id = ? AND ernst = 'FOUT'")
                .param(runId).query(Integer.class).single();
    }

    /** The messages of the latest import run of this period, rejections first. */
    public List<OpgeslagenMelding> vanRun(String runId) {
        return jdbc.sql("""
                SELECT bestand, blad, rij, kolom, tekst, ernst, quarantaine FROM melding
                WHERE run_id = ? ORDER BY CASE ernst WHEN 'FOUT' THEN 0 ELSE 1 END, bestand, rij, id""")
                .param(runId).query(OpgeslagenMelding.class).list();
    }

    public void verwijderVanRun(String runId, String bestand) {
        jdbc.sql("DELETE FROM melding WHERE run_id = ? AND bestand = ?").params(runId, bestand).update();
    }

    private static String afkappen(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
