package nl.regietafel.ingest.landelijk;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.ingest.excel.Meldingenlijst;

import tools.jackson.databind.JsonNode;

/**
 * The opgaven (per peildatum) a source profile says its document carries, read leniently from
 * every {@code opgave} + {@code peildatum} pair in the file: also from a profile that is
 * rejected for another fault, so that a rejected entry still tells which opgaven it held.
 */
public final class Profielopgaven {

    /** One opgave at one peildatum: what a figure of record is for. */
    public record Punt(Opgave opgave, Peildatum peildatum) {
        /** "Oekraïense ontheemden per 1 juli 2023". */
        public String label() {
            return opgave.label() + " per " + peildatum.label();
        }
    }

    private Profielopgaven() {
    }

    /** Empty when the file cannot be read as YAML at all. */
    public static Set<Punt> van(Path profiel) {
        Set<Punt> uit = new LinkedHashSet<>();
        if (profiel == null) return uit;
        JsonNode root = Yamlknoop.lees(profiel, new Meldingenlijst(profiel.getFileName().toString()));
        if (root != null) verzamel(root, uit);
        return uit;
    }

    private static void verzamel(JsonNode n, Set<Punt> uit) {
        if (n.isObject() && n.has("opgave") && n.has("peildatum")) {
            try {
                uit.add(new Punt(Opgave.valueOf(n.get("opgave").asString().strip()), Peildatum.of(n.get("peildatum").asString().strip())));
            } catch (IllegalArgumentException e) {
                // an unreadable pair is the profile's own fault, reported when the profile is read
            }
        }
        if (n.isContainer()) n.values().forEach(k -> verzamel(k, uit));
    }
}
