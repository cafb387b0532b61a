package nl.regietafel.store;

import java.util.List;

import nl.regietafel.domain.Herkomst;
import nl.regietafel.domain.LandelijkCijfer;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** National documents and the figures read from them, each figure with its provenance. */
@Repository
public class LandelijkRepository {

    /** A stored figure together with the document it came from. */
    public record BronCijfer(long bronDocumentId, LandelijkCijfer cijfer, Herkomst herkomst) {
    }

    private final JdbcClient jdbc;

    public LandelijkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a document; an earlier version of the same file path stops counting (stays on record). */
    public long voegToe(long invoerbestandId, String pad, Herkomst h, String profiel, List<LandelijkCijfer> cijfers) {
        jdbc.sql("""
                UPDATE bron_document SET actief = FALSE
                WHERE invoerbestand_id IN (SELECT id FROM invoerbestand WHERE pad = ? AND soort = 'LANDELIJK')""")
                .param(pad).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO bron_document (invoerbestand_id, titel, kenmerk, datum, uitgever, profiel, actief)
                VALUES (?, ?, ?, ?, ?, ?, TRUE)""")
                .params(invoerbestandId, h.titel(), h.kenmerk(), h.datum(), h.uitgever(), profiel)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (LandelijkCijfer c : cijfers) {
            jdbc.sql("""
                    INSERT INTO landelijk_cijfer (bron_document_id, opgave, gebied_code, peildatum, scenario, aantal)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, c.opgave().name(), c.gebiedCode(), c.peildatum().code(), c.scenario(), c.aantal())
                    .update();
        }
        return id;
    }

    /** Provenance of every stored document by id (inactive ones too: old computations may cite them). */
    public java.util.Map<Long, Herkomst> bronnen() {
        java.util.Map<Long, Herkomst> uit = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT d.id, d.titel, d.kenmerk, d.datum, d.uitgever, f.pad, f.sha256
                FROM bron_document d JOIN invoerbestand f ON f.id = d.invoerbestand_id""")
                .query((rs, i) -> uit.put(rs.getLong("id"), new Herkomst(rs.getString("titel"), rs.getString("kenmerk"),
                        rs.getDate("datum").toLocalDate(), rs.getString("uitgever"), rs.getString("pad"), rs.getString("sha256"))))
                .list();
        return uit;
    }

    /** The source profile of every stored document by id. */
    public java.util.Map<Long, String> profielen() {
        java.util.Map<Long, String> uit = new java.util.HashMap<>();
        jdbc.sql("SELECT id, profiel FROM bron_document").query((rs, i) -> uit.put(rs.getLong("id"), rs.getString("profiel"))).list();
        return uit;
    }

    /**
     * The figures a period may use: those of active documents dated on or before {@code totEnMet}
     * (the last day of the period), so that a later document changes later periods only and a
     * past period rerun later reproduces its figures.
     */
    public List<BronCijfer> actieveCijfers(java.time.LocalDate totEnMet) {
        return actieveCijfers().stream().filter(b -> !b.herkomst().datum().isAfter(totEnMet)).toList();
    }

    /** Active documents dated after {@code totEnMet}: left out of that period, named in its controlerapport. */
    public List<Herkomst> latereDocumenten(java.time.LocalDate totEnMet) {
        return jdbc.sql("""
                SELECT d.titel, d.kenmerk, d.datum, d.uitgever, f.pad, f.sha256
                FROM bron_document d JOIN invoerbestand f ON f.id = d.invoerbestand_id
                WHERE d.actief = TRUE AND d.datum > ?
                ORDER BY d.datum, d.id""")
                .param(totEnMet)
                .query((rs, i) -> new Herkomst(rs.getString("titel"), rs.getString("kenmerk"), rs.getDate("datum").toLocalDate(),
                        rs.getString("uitgever"), rs.getString("pad"), rs.getString("sha256")))
                .list();
    }

    /** Every figure of every active document, oldest document first (so later ones win in a map). */
    public List<BronCijfer> actieveCijfers() {
        return jdbc.sql("""
                SELECT d.id, c.opgave, c.gebied_code, c.peildatum, c.scenario, c.aantal,
                       d.titel, d.kenmerk, d.datum, d.uitgever, f.pad, f.sha256
                FROM landelijk_cijfer c
                JOIN bron_document d ON d.id = c.bron_document_id
                JOIN invoerbestand f ON f.id = d.invoerbestand_id
                WHERE d.actief = TRUE
                ORDER BY d.datum, d.id, c.id""")
                .query((rs, i) -> new BronCijfer(
                        rs.getLong("id"),
                        new LandelijkCijfer(Opgave.valueOf(rs.getString("opgave")), rs.getString("gebied_code"),
                                Peildatum.of(rs.getString("peildatum")), rs.getString("scenario"), rs.getLong("aantal")),
                        new Herkomst(rs.getString("titel"), rs.getString("kenmerk"), rs.getDate("datum").toLocalDate(),
                                rs.getString("uitgever"), rs.getString("pad"), rs.getString("sha256"))))
                .list();
    }
}
