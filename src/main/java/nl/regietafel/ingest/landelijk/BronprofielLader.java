package nl.regietafel.ingest.landelijk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.excel.Meldingenlijst;

/**
 * Loads and validates a source profile {@code profielen/<naam>.yaml}. Messages name the file
 * and, in the Kolom field, the key path ({@code cijfers[2].opgave}).
 */
public final class BronprofielLader {

    public static final int STANDAARD_KOPREGEL_UITERLIJK_RIJ = 30;
    private static final LinkedHashSet<String> SLEUTELS = new LinkedHashSet<>(List.of(
            "naam", "omschrijving", "blad", "kopregel-uiterlijk-rij", "gebied", "totaalregels", "cijfers", "maximum", "tabellen"));
    private static final LinkedHashSet<String> TABEL_SLEUTELS = new LinkedHashSet<>(List.of("titel", "gebied", "totaalregels", "cijfers"));
    private static final LinkedHashSet<String> GEBIED_SLEUTELS = new LinkedHashSet<>(List.of("code", "naam", "niveau"));
    private static final LinkedHashSet<String> CIJFER_SLEUTELS = new LinkedHashSet<>(List.of("kolom", "opgave", "peildatum", "scenario"));

    private BronprofielLader() {
    }

    public static Leesresultaat<Bronprofiel> lees(Path bestand) {
        String bestandsnaam = bestand.getFileName().toString();
        Meldingenlijst m = new Meldingenlijst(bestandsnaam);
        JsonNode root = Yamlknoop.lees(bestand, m);
        if (root == null) return Leesresultaat.afgewezen(m.alle());
        Yamlknoop.onbekendeSleutels(root, "", SLEUTELS, m);

        String naam = Yamlknoop.verplicht(root, "naam", "", m);
        String verwacht = bestandsnaam.replaceFirst("\\.ya?ml$", "");
        if (naam != null && !naam.equals(verwacht)) {
            m.waarschuwing(null, null, "naam", "naam '" + naam + "' verschilt van de bestandsnaam '" + verwacht + "'");
        }
        String omschrijving = Yamlknoop.tekst(root, "omschrijving", "", m);
        List<String> blad = Yamlknoop.lijst(root, "blad", "", m);
        int uiterlijk = STANDAARD_KOPREGEL_UITERLIJK_RIJ;
        String u = Yamlknoop.tekst(root, "kopregel-uiterlijk-rij", "", m);
        if (u != null) {
            try {
                uiterlijk = Integer.parseInt(u);
                if (uiterlijk < 1 || uiterlijk > 1000) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                m.fout(null, null, "kopregel-uiterlijk-rij", "ongeldig rijnummer '" + u + "'; verwacht 1 tot en met 1000");
            }
        }
        Long maximum = null;
        String max = Yamlknoop.tekst(root, "maximum", "", m);
        if (max != null) {
            try {
                maximum = Long.parseLong(max.replace(".", "").replace("_", ""));
                if (maximum < 1) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                m.fout(null, null, "maximum", "ongeldig maximum '" + max + "'; verwacht een positief geheel getal");
            }
        }

        JsonNode t = root.get("tabellen");
        boolean gestapeld = t != null && !t.isNull();
        Bronprofiel.Gebiedkolommen gebied = root.get("gebied") == null && gestapeld ? null : gebied(root, "", m);
        List<String> totaalregels = Yamlknoop.lijst(root, "totaalregels", "", m);
        List<Bronprofiel.Cijferkolom> cijfers = root.get("cijfers") == null && gestapeld ? List.of() : cijfers(root, "", m);
        List<Bronprofiel.Tabel> tabellen = new ArrayList<>();
        if (gestapeld) {
            if (!t.isArray() || t.isEmpty()) {
                m.fout(null, null, "tabellen", "verwacht een lijst van tabellen, elk met titel en/of cijfers");
            } else {
                for (int i = 0; i < t.size(); i++) {
                    String pad = "tabellen[" + (i + 1) + "].";
                    JsonNode e = t.get(i);
                    if (!e.isObject()) {
                        m.fout(null, null, "tabellen[" + (i + 1) + "]", "verwacht een mapping met titel, gebied en cijfers");
                        continue;
                    }
                    Yamlknoop.onbekendeSleutels(e, pad, TABEL_SLEUTELS, m);
                    // A table without its own gebied or totaalregels takes the profile's.
                    Bronprofiel.Gebiedkolommen g = e.get("gebied") == null ? gebied : gebied(e, pad, m);
                    if (g == null && e.get("gebied") == null) {
                        m.fout(null, null, pad + "gebied", "'gebied' ontbreekt, ook bovenaan het profiel");
                    }
                    List<String> tr = e.get("totaalregels") == null ? totaalregels : Yamlknoop.lijst(e, "totaalregels", pad, m);
                    tabellen.add(new Bronprofiel.Tabel(Yamlknoop.lijst(e, "titel", pad, m), g, tr, cijfers(e, pad, m)));
                }
            }
            if (!cijfers.isEmpty()) m.fout(null, null, "cijfers", "geef 'cijfers' per tabel onder 'tabellen', niet bovenaan het profiel");
        }
        if (m.heeftFouten()) return Leesresultaat.afgewezen(m.alle());
        return Leesresultaat.van(new Bronprofiel(naam, omschrijving, blad, uiterlijk, gebied, totaalregels, cijfers, maximum, tabellen), m.alle());
    }
    /** The area columns under {@code pad + "gebied"}. */
    private static Bronprofiel.Gebiedkolommen gebied(JsonNode root, String pad, Meldingenlijst m) {
        JsonNode g = root.get("gebied");
        if (g == null || !g.isObject()) {
            m.fout(null, null, pad + "gebied", "'gebied' ontbreekt; verwacht code en/of naam (kolomkoppen) en niveau");
            return null;
        }
        String gp = pad + "gebied.";
        Yamlknoop.onbekendeSleutels(g, gp, GEBIED_SLEUTELS, m);
        List<String> code = Yamlknoop.lijst(g, "code", gp, m);
        List<String> gnaam = Yamlknoop.lijst(g, "naam", gp, m);
        if (code.isEmpty() && gnaam.isEmpty()) {
            m.fout(null, null, pad + "gebied", "geef ten minste één van 'code' en 'naam' (kolomkoppen van het gebied)");
        }
        Gebied.Niveau niveau = null;
        String n = Yamlknoop.verplicht(g, "niveau", gp, m);
        if (n != null) {
            try {
                niveau = Gebied.Niveau.valueOf(n.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                m.fout(null, null, gp + "niveau", "onbekend niveau '" + n + "'; toegestaan: "
                        + Arrays.stream(Gebied.Niveau.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return new Bronprofiel.Gebiedkolommen(code, gnaam, niveau);
    }

    /** The value columns under {@code pad + "cijfers"}. */
    private static List<Bronprofiel.Cijferkolom> cijfers(JsonNode root, String pad0, Meldingenlijst m) {
        List<Bronprofiel.Cijferkolom> cijfers = new ArrayList<>();
        JsonNode c = root.get("cijfers");
        if (c == null || !c.isArray() || c.isEmpty()) {
            m.fout(null, null, pad0 + "cijfers", "geen kolommen: 'cijfers' ontbreekt of is leeg; geef ten minste één kolom met kolom, opgave en peildatum");
            return cijfers;
        }
        for (int i = 0; i < c.size(); i++) {
            String pad = pad0 + "cijfers[" + (i + 1) + "].";
            JsonNode e = c.get(i);
            if (!e.isObject()) {
                m.fout(null, null, pad0 + "cijfers[" + (i + 1) + "]", "verwacht een mapping met kolom, opgave en peildatum");
                continue;
            }
            Yamlknoop.onbekendeSleutels(e, pad, CIJFER_SLEUTELS, m);
            List<String> kolom = Yamlknoop.lijst(e, "kolom", pad, m);
            if (kolom.isEmpty()) m.fout(null, null, pad + "kolom", "geen kolomkop opgegeven");
            Opgave opgave = null;
            String o = Yamlknoop.verplicht(e, "opgave", pad, m);
            if (o != null) {
                try {
                    opgave = Opgave.valueOf(o.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    m.fout(null, null, pad + "opgave", "onbekende opgave '" + o + "'; toegestaan: "
                            + Arrays.stream(Opgave.values()).map(Enum::name).collect(Collectors.joining(", ")));
                }
            }
            Peildatum peildatum = null;
            String p = Yamlknoop.verplicht(e, "peildatum", pad, m);
            if (p != null) {
                try {
                    peildatum = Peildatum.of(p);
                } catch (RuntimeException ex) {
                    m.fout(null, null, pad + "peildatum", "ongeldige peildatum '" + p + "'; verwacht jjjj-mm-dd, jjjj-1, jjjj-2 of jjjj");
                }
            }
            cijfers.add(new Bronprofiel.Cijferkolom(kolom, opgave, peildatum, Yamlknoop.tekst(e, "scenario", pad, m)));
        }
        return cijfers;
    }
}
