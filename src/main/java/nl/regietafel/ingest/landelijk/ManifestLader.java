package nl.regietafel.ingest.landelijk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import nl.regietafel.ingest.Leesresultaat;
import nl.regietafel.ingest.Melding;
import nl.regietafel.ingest.excel.Meldingenlijst;

/**
 * Loads {@code landelijk/documenten.yaml} and checks every entry: the file exists next to the
 * manifest, the profile {@code <profielen>/<profiel>.yaml} exists, the date parses. An entry
 * that fails is left out with its faults ({@link Manifest#afgewezen()}, each with the entry's
 * line); only a manifest that cannot be read as a whole is rejected.
 */
public final class ManifestLader {

    private static final LinkedHashSet<String> SLEUTELS = new LinkedHashSet<>(List.of("documenten"));
    private static final LinkedHashSet<String> DOCUMENT_SLEUTELS = new LinkedHashSet<>(List.of(
            "bestand", "profiel", "titel", "kenmerk", "datum", "uitgever"));

    private ManifestLader() {
    }

    public static Leesresultaat<Manifest> lees(Path manifest, Path profielenMap) {
        Meldingenlijst m = new Meldingenlijst(manifest.getFileName().toString());
        JsonNode root = Yamlknoop.lees(manifest, m);
        if (root == null) return Leesresultaat.afgewezen(m.alle());
        Yamlknoop.onbekendeSleutels(root, "", SLEUTELS, m);
        JsonNode lijst = root.get("documenten");
        List<Manifest.Document> documenten = new ArrayList<>();
        List<Melding> afgewezen = new ArrayList<>();
        Map<String, Path> afgewezenProfielen = new HashMap<>();
        if (lijst == null || lijst.isNull() || (lijst.isArray() && lijst.isEmpty())) {
            m.waarschuwing(null, null, "documenten", "geen documenten in het manifest");
        } else if (!lijst.isArray()) {
            m.fout(null, null, "documenten", "verwacht een lijst van documenten");
        } else {
            Path map = manifest.toAbsolutePath().getParent();
            List<Integer> regels = Yamlknoop.regelsVanLijst(manifest, "documenten");
            Map<String, Integer> gezien = new HashMap<>();
            for (int i = 0; i < lijst.size(); i++) {
                // one entry's faults reject that entry only, named with its line; the others are still read
                Meldingenlijst e = new Meldingenlijst(m.bestand());
                Manifest.Document doc = document(lijst.get(i), i + 1, map, profielenMap, gezien, e);
                Integer regel = i < regels.size() ? regels.get(i) : null;
                for (Melding melding : e.alle()) {
                    Melding metRegel = new Melding(melding.bestand(), melding.blad(), regel, melding.kolom(),
                            (melding.isFout() ? "document " + (i + 1) + " niet gebruikt: " : "") + melding.tekst(),
                            melding.ernst());
                    if (e.heeftFouten()) afgewezen.add(metRegel);
                    else m.voegToe(metRegel);
                }
                if (!e.heeftFouten()) documenten.add(doc);
                else if (doc != null && doc.profielPad() != null && Files.isRegularFile(doc.profielPad())) {
                    afgewezenProfielen.put("documenten[" + (i + 1) + "]", doc.profielPad());
                }
            }
        }
        if (m.heeftFouten()) return Leesresultaat.afgewezen(m.alle());
        return Leesresultaat.van(new Manifest(documenten, afgewezen, afgewezenProfielen), m.alle());
    }

    /** One entry, checked; faults go to {@code m} (the caller then leaves the entry out). */
    private static Manifest.Document document(JsonNode d, int nummer, Path map, Path profielenMap,
                                              Map<String, Integer> gezien, Meldingenlijst m) {
        String pad = "documenten[" + nummer + "].";
        if (!d.isObject()) {
            m.fout(null, null, "documenten[" + nummer + "]", "verwacht een mapping met bestand, profiel, titel, datum, uitgever");
            return null;
        }
        Yamlknoop.onbekendeSleutels(d, pad, DOCUMENT_SLEUTELS, m);
        String bestand = Yamlknoop.verplicht(d, "bestand", pad, m);
        Path bestandPad = null;
        if (bestand != null) {
            bestandPad = map.resolve(bestand).normalize();
            if (!bestandPad.startsWith(map) || bestand.contains("..")) {
                m.fout(null, null, pad + "bestand", "'" + bestand + "' ligt buiten de map van het manifest");
                bestandPad = null;
            } else if (!Files.isRegularFile(bestandPad)) {
                m.fout(null, null, pad + "bestand", "bestand '" + bestand + "' bestaat niet in " + map);
            }
            Integer eerder = gezien.putIfAbsent(bestand, nummer);
            if (eerder != null) m.fout(null, null, pad + "bestand", "'" + bestand + "' staat ook in document " + eerder);
        }
        String profiel = Yamlknoop.verplicht(d, "profiel", pad, m);
        Path profielPad = null;
        if (profiel != null) {
            if (!profiel.matches("[A-Za-z0-9._-]+") || profiel.startsWith(".")) {
                m.fout(null, null, pad + "profiel", "ongeldige profielnaam '" + profiel + "'");
            } else {
                profielPad = profielenMap.resolve(profiel + ".yaml");
                if (!Files.isRegularFile(profielPad)) {
                    m.fout(null, null, pad + "profiel", "profiel '" + profiel + "' bestaat niet (verwacht " + profielPad + ")");
                }
            }
        }
        String titel = Yamlknoop.verplicht(d, "titel", pad, m);
        String kenmerk = Yamlknoop.tekst(d, "kenmerk", pad, m);
        LocalDate datum = null;
        String datumTekst = Yamlknoop.verplicht(d, "datum", pad, m);
        if (datumTekst != null) {
            try {
                datum = LocalDate.parse(datumTekst);
            } catch (DateTimeParseException ex) {
                m.fout(null, null, pad + "datum", "ongeldige datum '" + datumTekst + "'; verwacht jjjj-mm-dd");
            }
        }
        String uitgever = Yamlknoop.verplicht(d, "uitgever", pad, m);
        return new Manifest.Document(bestand, bestandPad, profiel, profielPad, titel,
                kenmerk == null ? "" : kenmerk, datum, uitgever);
    }

    /** Hex SHA-256 of a file, for {@link Manifest.Document#herkomst(String)}. */
    public static String sha256(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
