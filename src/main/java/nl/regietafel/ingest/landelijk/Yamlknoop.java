package nl.regietafel.ingest.landelijk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import nl.regietafel.ingest.excel.Meldingenlijst;

/** Small helpers for reading YAML configuration as a tree, with Dutch messages per key path. */
public final class Yamlknoop {

    static final long MAX_GROOTTE = 1024 * 1024;
    private static final YAMLMapper YAML = new YAMLMapper();

    private Yamlknoop() {
    }

    /** Parses a YAML file; null (with a FOUT) when it is missing, too big or not valid YAML. */
    public static JsonNode lees(Path bestand, Meldingenlijst m) {
        try {
            if (!Files.isRegularFile(bestand)) {
                m.fout(null, null, null, "bestand bestaat niet");
                return null;
            }
            if (Files.size(bestand) > MAX_GROOTTE) {
                m.fout(null, null, null, "bestand is groter dan 1 MB; dat is geen configuratie");
                return null;
            }
            JsonNode n = YAML.readTree(bestand.toFile());
            if (n == null || !n.isObject()) {
                m.fout(null, null, null, "verwacht een YAML-mapping (sleutel: waarde) op het hoogste niveau");
                return null;
            }
            return n;
        } catch (JacksonException e) {
            Integer regel = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null : e.getLocation().getLineNr();
            m.fout(null, regel, null, "geen geldige YAML: " + e.getOriginalMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            m.fout(null, null, null, "niet leesbaar: " + e.getMessage());
            return null;
        }
    }

    /**
     * The line on which each element of the top-level list {@code sleutel} starts, in order;
     * empty when the file cannot be read that way (the messages then name the entry's number only).
     */
    static List<Integer> regelsVanLijst(Path bestand, String sleutel) {
        List<Integer> regels = new ArrayList<>();
        try (JsonParser p = YAML.createParser(bestand.toFile())) {
            int diepte = 0;
            boolean inLijst = false;
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (inLijst && diepte == 2 && t != JsonToken.END_ARRAY) {
                    regels.add(p.currentTokenLocation().getLineNr());
                }
                if (t.isStructStart()) {
                    if (diepte == 1 && t == JsonToken.START_ARRAY && sleutel.equals(p.currentName())) inLijst = true;
                    diepte++;
                } else if (t.isStructEnd()) {
                    diepte--;
                    if (diepte == 1) inLijst = false;
                }
            }
        } catch (RuntimeException e) { // JacksonException is one
            return List.of();
        }
        return regels;
    }

    public static void onbekendeSleutels(JsonNode n, String pad, Set<String> bekend, Meldingenlijst m) {
        for (String k : n.propertyNames()) {
            if (!bekend.contains(k)) m.fout(null, null, pad + k, "onbekende sleutel '" + k + "'; bekend: " + String.join(", ", bekend));
        }
    }

    /** A scalar as trimmed text; null when absent or null. FOUT when it is a list or mapping. */
    public static String tekst(JsonNode n, String sleutel, String pad, Meldingenlijst m) {
        JsonNode v = n.get(sleutel);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) {
            m.fout(null, null, pad + sleutel, "verwacht één waarde, geen lijst of mapping");
            return null;
        }
        String t = v.asString().strip();
        return t.isEmpty() ? null : t;
    }

    public static String verplicht(JsonNode n, String sleutel, String pad, Meldingenlijst m) {
        String t = tekst(n, sleutel, pad, m);
        if (t == null && (n.get(sleutel) == null || n.get(sleutel).isNull() || n.get(sleutel).isValueNode())) {
            m.fout(null, null, pad + sleutel, "'" + sleutel + "' ontbreekt of is leeg");
        }
        return t;
    }

    /** A string or a list of strings, as a list; empty when absent. */
    public static List<String> lijst(JsonNode n, String sleutel, String pad, Meldingenlijst m) {
        JsonNode v = n.get(sleutel);
        List<String> uit = new ArrayList<>();
        if (v == null || v.isNull()) return uit;
        if (v.isValueNode()) {
            if (!v.asString().isBlank()) uit.add(v.asString().strip());
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                if (e.isValueNode() && !e.asString().isBlank()) uit.add(e.asString().strip());
                else m.fout(null, null, pad + sleutel, "lijst bevat een lege waarde of een geneste structuur");
            }
        } else {
            m.fout(null, null, pad + sleutel, "verwacht een tekst of een lijst van teksten");
        }
        return uit;
    }
}
