package nl.regietafel.store;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the distribution list needs from the store: who filled in each gemeente's last return. */
@Repository
public class DistributieRepository {

    /** "Ingevuld door" of a gemeente's newest accepted return up to a period, and that return's period. */
    public record Contact(String gemeenteCode, String ingevuldDoor, String periode) {
    }

    private final JdbcClient jdbc;

    public DistributieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per gemeente code, the contact of its newest active return in or before {@code periode}. */
    public Map<String, Contact> laatsteContacten(YearMonth periode) {
        Map<String, Contact> uit = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT gemeente_code, ingevuld_door, periode FROM retour
                WHERE actief = TRUE AND periode <= ? AND ingevuld_door IS NOT NULL
                ORDER BY periode DESC, id DESC""")
                .param(periode.toString())
                .query((rs, i) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(c -> uit.putIfAbsent(c.gemeenteCode(), c));
        return uit;
    }
}
