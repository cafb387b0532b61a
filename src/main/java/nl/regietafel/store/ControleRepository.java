package nl.regietafel.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the controlerapport reads about the input of a period: the import it shows, the
 * messages to show and the audit trail of every file.
 */
@Repository
public class ControleRepository {

    /** One message as the controlerapport lists it; {@code runId} is the run that recorded it. */
    public record Meldingregel(String bestand, String blad, Integer rij, String kolom, String tekst, String ernst,
                               String quarantaine, String runId) {
    }

    /** One file of the audit trail. {@code periode} is null for reference data and national documents. */
    public record Auditregel(long id, String soort, String pad, String sha256, long grootte, String periode,
                             String gemeenteCode, String ingevuldDoor, LocalDateTime ingelezenOp, String runId,
                             String status) {
    }

    private final JdbcClient jdbc;

    public ControleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run id of the period's latest completed import, read from Spring Batch's own tables in
     * one query: the repository's API only finds executions by instance, which meant loading the
     * last execution (with its steps and contexts) of every import instance ever made. An
     * instance's executions end with its one completed one, if any, so "latest completed
     * execution" is what the per-instance reading gave, without its limit of 200 instances.
     */
    public Optional<String> laatsteImport(String periode) {
        return jdbc.sql("""
                SELECT r.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'periode'
                JOIN BATCH_JOB_EXECUTION_PARAMS r ON r.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND r.PARAMETER_NAME = 'run'
                WHERE i.JOB_NAME = 'import' AND e.STATUS = 'COMPLETED' AND p.PARAMETER_VALUE = ? AND r.PARAMETER_VALUE IS NOT NULL
                ORDER BY e.CREATE_TIME DESC, e.JOB_EXECUTION_ID DESC
                FETCH FIRST 1 ROWS ONLY""")
                .param(periode)
                .query(String.class)
                .optional();
    }

    /**
     * The messages of import run {@code runId} (rejections and warnings), plus the warnings that
     * were recorded when a file that still counts was accepted: a file accepted in an earlier run
     * is not read again, so its warnings (a formula's cached value, say) would otherwise vanish
     * from the report on a rerun. "Still counts": status AANVAARD, a return of this period or a
     * reference or national file; matched on the run that accepted it and its path. A run's
     * messages about the earlier periods it imported as history belong to those periods.
     */
    public List<Meldingregel> meldingen(String periode, String runId) {
        return jdbc.sql("""
                SELECT m.bestand, m.blad, m.rij, m.kolom, m.tekst, m.ernst, m.quarantaine, m.run_id, m.id FROM melding m
                WHERE (m.run_id = ? AND m.periode = ?)
                   OR (m.ernst = 'WAARSCHUWING' AND EXISTS (
                        SELECT 1 FROM invoerbestand b
                        WHERE b.status = 'AANVAARD' AND b.run_id = m.run_id AND b.pad = m.bestand
                          AND (b.periode = ? OR (b.periode IS NULL AND b.soort <> 'RETOUR'))))
                ORDER BY CASE m.ernst WHEN 'FOUT' THEN 0 ELSE 1 END, m.bestand, m.rij, m.id""")
                .params(runId, periode, periode)
                .query((rs, i) -> new Meldingregel(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /**
     * Every file of the period (returns, including rejected and superseded ones, and files
     * rejected in this period's runs) and every reference and national file, oldest first.
     */
    public List<Auditregel> audit(String periode) {
        return jdbc.sql("""
                SELECT id, soort, pad, sha256, grootte, periode, gemeente_code, ingevuld_door, ingelezen_op, run_id, status
                FROM invoerbestand
                WHERE periode = ? OR (periode IS NULL AND soort <> 'RETOUR')
                ORDER BY CASE soort WHEN 'REFERENTIE' THEN 0 WHEN 'LANDELIJK' THEN 1 ELSE 2 END, pad, id""")
                .param(periode)
                .query((rs, i) -> new Auditregel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toLocalDateTime(), rs.getString(10), rs.getString(11)))
                .list();
    }
}
