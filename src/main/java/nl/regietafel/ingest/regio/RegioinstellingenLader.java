package nl.regietafel.ingest.regio;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.regio.Regioinstellingen;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.landelijk.Yamlknoop;

/**
 * Reads the region settings {@code regio/VRxx-naam.yaml} (docs/regio-instellingen.md). The file
 * name starts with the veiligheidsregio's code; messages name the file and the key path.
 */
public final class RegioinstellingenLader {

    private static final LinkedHashSet<String> SLEUTELS = new LinkedHashSet<>(List.of(
            "regio", "naam", "plan", "afzender", "retouradres", "inleverdag", "logo", "prognoses", "mijlpalen"));
    private static final LinkedHashSet<String> MIJLPAAL_SLEUTELS = new LinkedHashSet<>(List.of("datum", "omschrijving", "soort"));

    private RegioinstellingenLader() {
    }

    /** Every settings file in {@code map} by region code; a missing folder gives none. */
    public static Leesresultaat<Map<String, Regioinstellingen>> leesMap(Path map) {
        return Instellingenmap.leesMap(map, RegioinstellingenLader::lees, Regioinstellingen::regio, "regio", "een instellingenbestand");
    }

    public static Leesresultaat<Regioinstellingen> lees(Path bestand) {
        String bestandsnaam = bestand.getFileName().toString();
        Meldingenlijst m = new Meldingenlijst(bestandsnaam);
        JsonNode root = Yamlknoop.lees(bestand, m);
        if (root == null) return Leesresultaat.afgewezen(m.alle());
        Yamlknoop.onbekendeSleutels(root, "", SLEUTELS, m);

        String regio = Instellingenmap.code(root, "regio", "veiligheidsregiocode", "VR\\d{2}", "VR01 tot en met VR25", bestandsnaam, m);
        String naam = Yamlknoop.verplicht(root, "naam", "", m);
        Integer inleverdag = null;
        String dag = Yamlknoop.tekst(root, "inleverdag", "", m);
        if (dag != null) {
            try {
                inleverdag = Integer.parseInt(dag);
                if (inleverdag < 1 || inleverdag > 31) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                m.fout(null, null, "inleverdag", "ongeldige dag '" + dag + "'; verwacht 1 tot en met 31");
            }
        }
        String logo = Yamlknoop.tekst(root, "logo", "", m);
        // the logo file itself is checked when documents are made (Regiologo): a bad one costs the logo, not the run
        List<Mijlpaal> mijlpalen = mijlpalen(root, m);
        if (m.heeftFouten()) return Leesresultaat.afgewezen(m.alle());
        return Leesresultaat.van(new Regioinstellingen(regio, naam, Yamlknoop.tekst(root, "plan", "", m),
                Yamlknoop.tekst(root, "afzender", "", m), Yamlknoop.tekst(root, "retouradres", "", m), inleverdag, logo,
                Yamlknoop.lijst(root, "prognoses", "", m), mijlpalen), m.alle());
    }

    private static List<Mijlpaal> mijlpalen(JsonNode root, Meldingenlijst m) {
        List<Mijlpaal> uit = new ArrayList<>();
        JsonNode lijst = root.get("mijlpalen");
        if (lijst == null || lijst.isNull()) return uit;
        if (!lijst.isArray()) {
            m.fout(null, null, "mijlpalen", "verwacht een lijst van mijlpalen met datum en omschrijving");
            return uit;
        }
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "mijlpalen[" + (i + 1) + "].";
            JsonNode e = lijst.get(i);
            if (!e.isObject()) {
                m.fout(null, null, "mijlpalen[" + (i + 1) + "]", "verwacht een mapping met datum en omschrijving");
                continue;
            }
            Yamlknoop.onbekendeSleutels(e, pad, MIJLPAAL_SLEUTELS, m);
            String d = Yamlknoop.verplicht(e, "datum", pad, m);
            String omschrijving = Yamlknoop.verplicht(e, "omschrijving", pad, m);
            String s = Yamlknoop.tekst(e, "soort", pad, m);
            Mijlpaal.Soort soort = Mijlpaal.Soort.OVERIG;
            if (s != null) {
                try {
                    soort = Mijlpaal.Soort.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException ex) {
                    m.fout(null, null, pad + "soort", "onbekende soort '" + s + "'; toegestaan: overig, laatste-cno-gesloten");
                }
            }
            LocalDate datum = null;
            if (d != null) {
                try {
                    datum = LocalDate.parse(d);
                } catch (DateTimeParseException ex) {
                    m.fout(null, null, pad + "datum", "ongeldige datum '" + d + "'; verwacht jjjj-mm-dd");
                }
            }
            if (datum != null && omschrijving != null) uit.add(new Mijlpaal(datum, omschrijving, soort));
        }
        return uit;
    }
}
