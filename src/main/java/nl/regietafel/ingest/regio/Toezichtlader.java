package nl.regietafel.ingest.regio;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import nl.regietafel.domain.verloop.Toezichtschaal;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.landelijk.Yamlknoop;

/**
 * Reads the provinces' supervision scales {@code toezicht/PVxx-naam.yaml}
 * (docs/regio-instellingen.md): the categories and thresholds of the half-year statement. The
 * file name starts with the provincie's code; messages name the file and the key path.
 */
public final class Toezichtlader {

    private static final LinkedHashSet<String> SLEUTELS = new LinkedHashSet<>(List.of(
            "provincie", "naam", "bron", "aanname", "categorieen"));
    private static final LinkedHashSet<String> CATEGORIE_SLEUTELS = new LinkedHashSet<>(List.of(
            "naam", "vanaf-procent", "betekenis"));

    private Toezichtlader() {
    }

    /** Every scale in {@code map} by provincie code; a missing folder gives none. */
    public static Leesresultaat<Map<String, Toezichtschaal>> leesMap(Path map) {
        return Instellingenmap.leesMap(map, Toezichtlader::lees, Toezichtschaal::provincieCode, "provincie", "een toezichtschaal");
    }

    public static Leesresultaat<Toezichtschaal> lees(Path bestand) {
        String bestandsnaam = bestand.getFileName().toString();
        Meldingenlijst m = new Meldingenlijst(bestandsnaam);
        JsonNode root = Yamlknoop.lees(bestand, m);
        if (root == null) return Leesresultaat.afgewezen(m.alle());
        Yamlknoop.onbekendeSleutels(root, "", SLEUTELS, m);
        String provincie = Instellingenmap.code(root, "provincie", "provinciecode", "PV\\d{2}", "PV20 tot en met PV31", bestandsnaam, m);
        String naam = Yamlknoop.verplicht(root, "naam", "", m);
        String bron = Yamlknoop.verplicht(root, "bron", "", m);
        String aanname = Yamlknoop.tekst(root, "aanname", "", m);
        if (aanname != null && !aanname.equals("true") && !aanname.equals("false")) {
            m.fout(null, null, "aanname", "verwacht true of false, niet '" + aanname + "'");
        }
        List<Toezichtschaal.Categorie> categorieen = categorieen(root, m);
        if (m.heeftFouten()) return Leesresultaat.afgewezen(m.alle());
        return Leesresultaat.van(new Toezichtschaal(provincie, naam, bron, "true".equals(aanname), categorieen), m.alle());
    }

    private static List<Toezichtschaal.Categorie> categorieen(JsonNode root, Meldingenlijst m) {
        List<Toezichtschaal.Categorie> uit = new ArrayList<>();
        JsonNode lijst = root.get("categorieen");
        if (lijst == null || !lijst.isArray() || lijst.isEmpty()) {
            m.fout(null, null, "categorieen", "verwacht een lijst van categorieën met naam en vanaf-procent");
            return uit;
        }
        boolean nul = false;
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "categorieen[" + (i + 1) + "].";
            JsonNode e = lijst.get(i);
            if (!e.isObject()) {
                m.fout(null, null, "categorieen[" + (i + 1) + "]", "verwacht een mapping met naam en vanaf-procent");
                continue;
            }
            Yamlknoop.onbekendeSleutels(e, pad, CATEGORIE_SLEUTELS, m);
            String naam = Yamlknoop.verplicht(e, "naam", pad, m);
            String vanaf = Yamlknoop.verplicht(e, "vanaf-procent", pad, m);
            BigDecimal procent = null;
            if (vanaf != null) {
                try {
                    procent = new BigDecimal(vanaf.replace(',', '.'));
                    if (procent.signum() < 0 || procent.compareTo(BigDecimal.valueOf(1000)) > 0) throw new NumberFormatException();
                } catch (NumberFormatException ex) {
                    m.fout(null, null, pad + "vanaf-procent", "ongeldig percentage '" + vanaf + "'; verwacht een getal van 0 tot en met 1000");
                    procent = null;
                }
            }
            if (procent != null && procent.signum() == 0) nul = true;
            String betekenis = Yamlknoop.tekst(e, "betekenis", pad, m);
            if (naam != null && procent != null) uit.add(new Toezichtschaal.Categorie(naam, procent, betekenis == null ? "" : betekenis));
        }
        if (!m.heeftFouten() && !nul) {
            m.fout(null, null, "categorieen", "de laagste categorie moet 'vanaf-procent: 0' hebben, zodat elke gemeente een oordeel krijgt");
        }
        return uit;
    }
}
