package nl.regietafel.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;

import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate batch;

    public ReferentieRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Stores this snapshot unless the tables already hold exactly these rows (the same
     * {@link Referentiestand}): rewriting them cost a run ~50 ms for nothing when the reference
     * files had not changed. Population sets not among {@code sets} stay as they are.
     *
     * @return whether the tables were rewritten
     */
    public boolean vervang(List<GebiedRij> gebieden, Collection<Populatieset> sets) {
        String stand = Referentiestand.van(gebieden, sets);
        if (stand().filter(stand::equals).isPresent()) return false;
        vervangGebieden(gebieden);
        for (Populatieset set : sets) {
            vervangPopulatie(set.naam(), set.peildatum(), set.bron(), set.aantallen());
        }
        jdbc.sql("DELETE FROM referentiestand").update();
        jdbc.sql("INSERT INTO referentiestand (id, sha256) VALUES (1, ?)").param(stand).update();
        return true;
    }

    /** The {@link Referentiestand} of the snapshot the tables hold; empty before the first. */
    public Optional<String> stand() {
        return jdbc.sql("SELECT sha256 FROM referentiestand WHERE id = 1").query(String.class).optional();
    }

    /** Replaces the area table as a whole: reference data is a snapshot, not a history. */
    private void vervangGebieden(List<GebiedRij> gebieden) {
        jdbc.sql("DELETE FROM gebied").update();
        // one JDBC batch: a statement per row cost seconds on a busy machine
        batch.batchUpdate("INSERT INTO gebied (code, naam, niveau, ouder_code) VALUES (?, ?, ?, ?)",
                gebieden.stream().map(g -> new Object[] {g.code(), g.naam(), g.niveau(), g.ouderCode()}).toList());
    }

    public List<GebiedRij> gebieden() {
        // aliased to the record component: each lookup miss would be an exception in H2's trace file
        return jdbc.sql("SELECT code, naam, niveau, ouder_code AS ouderCode FROM gebied ORDER BY code")
                .query(GebiedRij.class).list();
    }

    /** Rebuilds the area hierarchy from the stored snapshot (names as CBS writes them). */
    public Gebiedsindeling indeling() {
        List<GebiedRij> rijen = gebieden();
        Map<String, String> ouder = new HashMap<>();
        Map<String, String> vrNamen = new TreeMap<>();
        Map<String, String> pvNamen = new TreeMap<>();
        for (GebiedRij r : rijen) {
            if (r.ouderCode() != null) ouder.put(r.code(), r.ouderCode());
            if (r.niveau().equals(Gebied.Niveau.VEILIGHEIDSREGIO.name())) vrNamen.put(r.code(), r.naam());
            if (r.niveau().equals(Gebied.Niveau.PROVINCIE.name())) pvNamen.put(r.code(), r.naam());
        }
        List<Gemeente> gemeenten = rijen.stream()
                .filter(r -> r.niveau().equals(Gebied.Niveau.GEMEENTE.name()))
                .map(r -> new Gemeente(r.code(), r.naam(), r.ouderCode(), ouder.get(r.ouderCode())))
                .toList();
        if (gemeenten.isEmpty()) {
            throw new IllegalStateException("Er zijn nog geen referentiegegevens ingelezen: draai eerst --job=import.");
        }
        return new Gebiedsindeling(gemeenten, vrNamen, pvNamen, Map.of());
    }

    /** A stored population set; empty when it was never read. */
    public Optional<Populatieset> populatieset(String set) {
        Map<String, Long> aantallen = populatie(set);
        if (aantallen.isEmpty()) return Optional.empty();
        PopulatieKop kop = populatiesets().stream().filter(k -> k.populatieset().equals(set)).findFirst().orElseThrow();
        return Optional.of(new Populatieset(set, kop.peildatum(), kop.bron(), aantallen));
    }

    private void vervangPopulatie(String set, LocalDate peildatum, String bron, Map<String, Long> inwoners) {
        jdbc.sql("DELETE FROM populatie WHERE populatieset = ?").param(set).update();
        batch.batchUpdate("INSERT INTO populatie (populatieset, gebied_code, inwoners, peildatum, bron) VALUES (?, ?, ?, ?, ?)",
                inwoners.entrySet().stream().map(e -> new Object[] {set, e.getKey(), e.getValue(),
                        peildatum == null ? null : java.sql.Date.valueOf(peildatum), bron}).toList());
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
