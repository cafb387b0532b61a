package nl.regietafel.ingest.regio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.Melding;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.landelijk.Yamlknoop;

/**
 * What the settings folders ({@code regio/}, {@code toezicht/}) share: YAML files named after the
 * code of the area they are for ({@code VR05-twente.yaml}, {@code PV23-overijssel.yaml}).
 */
final class Instellingenmap {

    private Instellingenmap() {
    }

    /**
     * Every YAML file in {@code map} read with {@code lees}, by the code {@code code} gives; a missing
     * folder gives none. A second file for the same code is a FOUT under {@code sleutel} ("er is al
     * {@code wat} voor VR05"); every file is read, so all messages come at once.
     */
    static <T> Leesresultaat<Map<String, T>> leesMap(Path map, Function<Path, Leesresultaat<T>> lees, Function<T, String> code,
                                                     String sleutel, String wat) {
        Map<String, T> uit = new TreeMap<>();
        List<Melding> meldingen = new ArrayList<>();
        List<Path> bestanden;
        try {
            bestanden = yamlBestanden(map);
        } catch (IOException e) {
            meldingen.add(Melding.fout(map.getFileName().toString(), null, null, null, "map niet leesbaar: " + e.getMessage()));
            return Leesresultaat.afgewezen(meldingen);
        }
        boolean fout = false;
        for (Path p : bestanden) {
            Leesresultaat<T> r = lees.apply(p);
            meldingen.addAll(r.meldingen());
            if (r.isAfgewezen()) {
                fout = true;
            } else if (uit.putIfAbsent(code.apply(r.waarde()), r.waarde()) != null) {
                meldingen.add(Melding.fout(p.getFileName().toString(), null, null, sleutel,
                        "er is al " + wat + " voor " + code.apply(r.waarde())));
                fout = true;
            }
        }
        return fout ? Leesresultaat.afgewezen(meldingen) : Leesresultaat.van(uit, meldingen);
    }

    /** The YAML files in {@code map}, sorted; none when the folder does not exist. */
    private static List<Path> yamlBestanden(Path map) throws IOException {
        if (!Files.isDirectory(map)) return List.of();
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml")).sorted().toList();
        }
    }

    /**
     * The area code under {@code sleutel} ({@code soort}: "veiligheidsregiocode"), upper case: it must
     * match {@code patroon} (described as {@code bereik}) and the file name must start with it. Null (with a FOUT) otherwise.
     */
    static String code(JsonNode root, String sleutel, String soort, String patroon, String bereik, String bestandsnaam,
                       Meldingenlijst m) {
        String code = Yamlknoop.verplicht(root, sleutel, "", m);
        if (code == null) return null;
        code = code.toUpperCase(Locale.ROOT);
        if (!code.matches(patroon)) {
            m.fout(null, null, sleutel, "ongeldige " + soort + " '" + code + "'; verwacht " + bereik);
        } else if (!bestandsnaam.toUpperCase(Locale.ROOT).startsWith(code)) {
            m.fout(null, null, sleutel, "de bestandsnaam begint niet met " + code + "; noem het bestand bijvoorbeeld " + code + "-naam.yaml");
        }
        return code;
    }
}
