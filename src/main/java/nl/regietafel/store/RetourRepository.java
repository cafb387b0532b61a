package nl.regietafel.store;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The gemeenten's accepted returns. Exactly one return per gemeente and period is active. */
@Repository
public class RetourRepository {

    public record ActieveRetour(long id, long invoerbestandId, LocalDate datum) {
    }

    private final JdbcClient jdbc;

    public RetourRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActieveRetour> actief(String gemeenteCode, YearMonth periode) {
        return jdbc.sql("SELECT id, invoerbestand_id AS invoerbestandId, datum FROM retour WHERE gemeente_code = ? AND periode = ? AND actief = TRUE")
                .params(gemeenteCode, periode.toString())
                .query(ActieveRetour.class).optional();
    }

    public void deactiveer(long retourId) {
        jdbc.sql("UPDATE retour SET actief = FALSE WHERE id = ?").param(retourId).update();
    }

    public long voegToe(long invoerbestandId, Maandretour r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO retour (invoerbestand_id, gemeente_code, periode, ingevuld_door, datum, actief)
                VALUES (?, ?, ?, ?, ?, TRUE)""")
                .params(invoerbestandId, r.gemeenteCode(), r.peilmaand().toString(), r.ingevuldDoor(), r.datum())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int volgnr = 0;
        for (Locatie l : r.locaties()) {
            jdbc.sql("""
                    INSERT INTO locatie (retour_id, volgnr, locatie_id, naam, plaats, doelgroep, soort, capaciteit,
                                         bezetting, status, open_vanaf, beschikbaar_tot, toelichting, gedeeld_met)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, ++volgnr, l.locatieId(), l.naam(), l.plaats(), l.doelgroep().name(), l.soort().name(),
                            l.capaciteit(), l.bezetting(), l.status().name(), l.openVanaf(), l.beschikbaarTot(),
                            l.toelichting(), String.join(",", l.gedeeldMet()))
                    .update();
        }
        for (StatushoudersRegel s : r.statushouders()) {
            jdbc.sql("""
                    INSERT INTO statushouders (retour_id, halfjaar, taakstelling, achterstand, gehuisvest, waarvan_amv, instrumenten)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, s.halfjaar().code(), s.taakstelling(), s.achterstandBeginPeriode(), s.gehuisvest(),
                            s.waarvanAmv(), s.instrumenten())
                    .update();
        }
        volgnr = 0;
        for (Knelpunt k : r.knelpunten()) {
            jdbc.sql("INSERT INTO knelpunt (retour_id, volgnr, onderwerp, omschrijving, gevraagd_van) VALUES (?, ?, ?, ?, ?)")
                    .params(id, ++volgnr, k.onderwerp(), k.omschrijving(), k.gevraagdVan().name())
                    .update();
        }
        return id;
    }

    /** The active returns of a period, keyed by gemeente code. */
    public Map<String, Maandretour> actieveRetouren(YearMonth periode) {
        Map<Long, List<Locatie>> locaties = new HashMap<>();
        Map<Long, List<StatushoudersRegel>> statushouders = new HashMap<>();
        Map<Long, List<Knelpunt>> knelpunten = new HashMap<>();
        String p = periode.toString();
        jdbc.sql("""
                SELECT l.* FROM locatie l JOIN retour r ON r.id = l.retour_id
                WHERE r.periode = ? AND r.actief = TRUE ORDER BY l.retour_id, l.volgnr""")
                .param(p)
                .query((rs, i) -> locaties.computeIfAbsent(rs.getLong("retour_id"), k -> new ArrayList<>()).add(new Locatie(
                        rs.getString("locatie_id"), rs.getString("naam"), rs.getString("plaats"),
                        Doelgroep.valueOf(rs.getString("doelgroep")), LocatieSoort.valueOf(rs.getString("soort")),
                        rs.getLong("capaciteit"), rs.getLong("bezetting"), LocatieStatus.valueOf(rs.getString("status")),
                        datum(rs.getDate("open_vanaf")), datum(rs.getDate("beschikbaar_tot")), rs.getString("toelichting"),
                        splits(rs.getString("gedeeld_met")))))
                .list();
        jdbc.sql("""
                SELECT s.* FROM statushouders s JOIN retour r ON r.id = s.retour_id
                WHERE r.periode = ? AND r.actief = TRUE ORDER BY s.retour_id, s.halfjaar""")
                .param(p)
                .query((rs, i) -> statushouders.computeIfAbsent(rs.getLong("retour_id"), k -> new ArrayList<>()).add(
                        new StatushoudersRegel(Peildatum.of(rs.getString("halfjaar")), rs.getLong("taakstelling"),
                                rs.getLong("achterstand"), rs.getLong("gehuisvest"), rs.getLong("waarvan_amv"),
                                rs.getString("instrumenten"))))
                .list();
        jdbc.sql("""
                SELECT k.* FROM knelpunt k JOIN retour r ON r.id = k.retour_id
                WHERE r.periode = ? AND r.actief = TRUE ORDER BY k.retour_id, k.volgnr""")
                .param(p)
                .query((rs, i) -> knelpunten.computeIfAbsent(rs.getLong("retour_id"), k -> new ArrayList<>()).add(
                        new Knelpunt(rs.getString("onderwerp"), rs.getString("omschrijving"),
                                Partij.valueOf(rs.getString("gevraagd_van")))))
                .list();
        Map<String, Maandretour> result = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT r.id, r.gemeente_code, g.naam, r.ingevuld_door, r.datum FROM retour r
                LEFT JOIN gebied g ON g.code = r.gemeente_code
                WHERE r.periode = ? AND r.actief = TRUE""")
                .param(p)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    Maandretour m = new Maandretour(rs.getString("gemeente_code"), rs.getString("naam"), periode,
                            rs.getString("ingevuld_door"), datum(rs.getDate("datum")),
                            locaties.getOrDefault(id, List.of()), statushouders.getOrDefault(id, List.of()),
                            knelpunten.getOrDefault(id, List.of()));
                    return result.put(m.gemeenteCode(), m);
                })
                .list();
        return result;
    }

    /** Every period up to and including {@code totEnMet} that has returns, oldest first: the series of the documents. */
    public List<YearMonth> perioden(YearMonth totEnMet) {
        return jdbc.sql("SELECT DISTINCT periode FROM retour WHERE periode <= ? AND actief = TRUE ORDER BY periode")
                .param(totEnMet.toString())
                .query(String.class).list().stream().map(YearMonth::parse).toList();
    }

    /** The newest period before {@code periode} that has returns, for trends. */
    public Optional<YearMonth> vorigePeriode(YearMonth periode) {
        return jdbc.sql("SELECT MAX(periode) FROM retour WHERE periode < ? AND actief = TRUE")
                .param(periode.toString())
                .query(String.class).optional()
                .map(YearMonth::parse);
    }

    private static LocalDate datum(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> splits(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
