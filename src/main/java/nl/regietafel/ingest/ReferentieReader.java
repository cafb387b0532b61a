package nl.regietafel.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Populatieset;
import nl.regietafel.domain.gebied.Zoekresultaat;

/**
 * Reads the reference data of {@code input/referentie/} (docs/invoerformaten.md): the CBS list
 * of gemeenten with provincie, the minvws file with veiligheidsregio and inwoners, and named
 * population sets {@code populatie-<naam>.csv}.
 */
public final class ReferentieReader {

    public static final String GEMEENTEN_CSV = "gemeenten-alfabetisch-2023.csv";
    public static final String MINVWS_CSV = "minvws_gm_vr_population_count.csv";
    public static final String CBS_2022 = "cbs-2022";
    public static final LocalDate CBS_2022_PEILDATUM = LocalDate.of(2022, 1, 1);
    public static final String CBS_2022_BRON = "CBS, bevolking op 1 januari 2022 in de gemeentelijke indeling 2023 "
            + "(342 gemeenten), overgenomen uit minvws/nl-covid19-data-dashboard (EUPL-1.2), "
            + "static_values.population_count; de bron noemt geen peildatum: 1-1-2022 is afgeleid "
            + "(de som, 17.590.672, is de CBS-bevolking van Nederland op 1 januari 2022)";

    /** Reference data as a whole: the area hierarchy and every named population set. */
    public record Referentie(Gebiedsindeling indeling, Map<String, Populatieset> populatiesets) {
        public Referentie {
            populatiesets = Map.copyOf(populatiesets);
        }

        public Populatieset populatieset(String naam) {
            Populatieset p = populatiesets.get(naam);
            if (p == null) throw new IllegalArgumentException("onbekende populatieset '" + naam + "'; bekend: " + new TreeMap<>(populatiesets).keySet());
            return p;
        }
    }

    private ReferentieReader() {
    }

    /** Reads a whole {@code referentie/} folder: indeling, set {@code cbs-2022} and every {@code populatie-*.csv}. */
    public static Leesresultaat<Referentie> lees(Path map) {
        List<Melding> meldingen = new ArrayList<>();
        Leesresultaat<Gebiedsindeling> indeling = leesIndeling(map.resolve(GEMEENTEN_CSV), map.resolve(MINVWS_CSV));
        meldingen.addAll(indeling.meldingen());
        if (indeling.isAfgewezen()) return Leesresultaat.afgewezen(meldingen);
        Map<String, Populatieset> sets = new LinkedHashMap<>();
        Leesresultaat<Populatieset> cbs = leesCbs2022(map.resolve(MINVWS_CSV), indeling.waarde());
        meldingen.addAll(cbs.meldingen());
        if (!cbs.isAfgewezen()) sets.put(CBS_2022, cbs.waarde());
        try (Stream<Path> s = Files.list(map)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("populatie-.+\\.csv")).sorted().toList()) {
                Leesresultaat<Populatieset> set = leesPopulatieset(p, indeling.waarde());
                meldingen.addAll(set.meldingen());
                if (!set.isAfgewezen()) sets.put(set.waarde().naam(), set.waarde());
            }
        } catch (IOException e) {
            meldingen.add(Melding.fout(map.toString(), null, null, null, "map niet leesbaar: " + e.getMessage()));
        }
        return Leesresultaat.van(new Referentie(indeling.waarde(), sets), meldingen);
    }

    /** Joins the CBS gemeenten list (names, provincie) with the minvws file (veiligheidsregio, CBS name variants). */
    public static Leesresultaat<Gebiedsindeling> leesIndeling(Path gemeentenCsv, Path minvwsCsv) {
        List<Melding> m = new ArrayList<>();
        String bestand1 = gemeentenCsv.getFileName().toString();
        String bestand2 = minvwsCsv.getFileName().toString();
        Map<String, String[]> cbs = new TreeMap<>();      // GM → naam, pvCode
        Map<String, String> pvNamen = new TreeMap<>();
        leesCsv(gemeentenCsv, m, List.of("GemeentecodeGM", "Gemeentenaam", "ProvinciecodePV", "Provincienaam"), (r, rij) -> {
            String gm = r.get("GemeentecodeGM"), pv = r.get("ProvinciecodePV");
            if (!gm.matches("GM\\d{4}")) { m.add(Melding.fout(bestand1, null, rij, "GemeentecodeGM", "ongeldige gemeentecode '" + gm + "'")); return; }
            if (!pv.matches("PV\\d{2}")) { m.add(Melding.fout(bestand1, null, rij, "ProvinciecodePV", "ongeldige provinciecode '" + pv + "'")); return; }
            if (cbs.put(gm, new String[] {r.get("Gemeentenaam"), pv}) != null) {
                m.add(Melding.fout(bestand1, null, rij, "GemeentecodeGM", gm + " komt twee keer voor"));
            }
            pvNamen.putIfAbsent(pv, r.get("Provincienaam"));
        });
        Map<String, String[]> vws = new TreeMap<>();      // GM → name, displayName, vrCode
        Map<String, String> vrNamen = new TreeMap<>();
        leesCsv(minvwsCsv, m, List.of("gemcode", "name", "displayName", "vrCode", "vrName"), (r, rij) -> {
            String gm = r.get("gemcode"), vr = r.get("vrCode");
            if (!vr.matches("VR\\d{2}")) { m.add(Melding.fout(bestand2, null, rij, "vrCode", "ongeldige veiligheidsregiocode '" + vr + "'")); return; }
            if (vws.put(gm, new String[] {r.get("name"), r.get("displayName"), vr}) != null) {
                m.add(Melding.fout(bestand2, null, rij, "gemcode", gm + " komt twee keer voor"));
            }
            vrNamen.putIfAbsent(vr, r.get("vrName"));
        });
        if (m.stream().anyMatch(Melding::isFout)) return Leesresultaat.afgewezen(m);
        for (String gm : cbs.keySet()) {
            if (!vws.containsKey(gm)) m.add(Melding.fout(bestand2, null, null, "gemcode", gm + " (" + cbs.get(gm)[0] + ") ontbreekt; staat wel in " + bestand1));
        }
        for (String gm : vws.keySet()) {
            if (!cbs.containsKey(gm)) m.add(Melding.fout(bestand1, null, null, "GemeentecodeGM", gm + " (" + vws.get(gm)[0] + ") ontbreekt; staat wel in " + bestand2));
        }
        if (m.stream().anyMatch(Melding::isFout)) return Leesresultaat.afgewezen(m);
        List<Gemeente> gemeenten = new ArrayList<>();
        Map<String, List<String>> extra = new HashMap<>();
        cbs.forEach((gm, c) -> {
            String[] v = vws.get(gm);
            gemeenten.add(new Gemeente(gm, c[0], v[2], c[1]));
            extra.put(gm, List.of(v[0], v[1]));
        });
        // CBS writes Fryslân; national publications (COA, BZK) write the Dutch name.
        if (pvNamen.containsKey("PV21")) extra.put("PV21", List.of("Friesland"));
        try {
            return Leesresultaat.van(new Gebiedsindeling(gemeenten, vrNamen, pvNamen, extra), m);
        } catch (IllegalArgumentException e) {
            m.add(Melding.fout(bestand1 + " + " + bestand2, null, null, null, e.getMessage()));
            return Leesresultaat.afgewezen(m);
        }
    }

    /** Set {@code cbs-2022}: {@code population_count} of the minvws file for all 342 gemeenten. */
    public static Leesresultaat<Populatieset> leesCbs2022(Path minvwsCsv, Gebiedsindeling indeling) {
        List<Melding> m = new ArrayList<>();
        String bestand = minvwsCsv.getFileName().toString();
        Map<String, Long> rijen = new HashMap<>();
        leesCsv(minvwsCsv, m, List.of("gemcode", "population_count"), (r, rij) -> {
            Long n = aantal(r.get("population_count"), bestand, rij, "population_count", m);
            if (n != null) rijen.put(r.get("gemcode"), n);
        });
        for (var g : indeling.gemeenten()) {
            if (!rijen.containsKey(g.code())) m.add(Melding.fout(bestand, null, null, "population_count", "geen inwoners voor " + g.code() + " (" + g.naam() + ")"));
        }
        if (m.stream().anyMatch(Melding::isFout)) return Leesresultaat.afgewezen(m);
        return Leesresultaat.van(Populatieset.van(CBS_2022, CBS_2022_PEILDATUM, CBS_2022_BRON, rijen, indeling), m);
    }

    /**
     * A population set {@code populatie-<naam>.csv}: columns {@code gebied,naam,inwoners}; comment
     * lines {@code # peildatum: jjjj-mm-dd} and {@code # bron: ...} at the top.
     */
    public static Leesresultaat<Populatieset> leesPopulatieset(Path csv, Gebiedsindeling indeling) {
        List<Melding> m = new ArrayList<>();
        String bestand = csv.getFileName().toString();
        String naam = bestand.replaceFirst("^populatie-", "").replaceFirst("\\.csv$", "");
        LocalDate peildatum = null;
        StringBuilder bron = new StringBuilder();
        try {
            for (String regel : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                String r = regel.replace("\uFEFF", "").strip();
                if (!r.startsWith("#")) break;
                String inhoud = r.substring(1).strip();
                String sleutel = inhoud.contains(":") ? inhoud.substring(0, inhoud.indexOf(':')).strip().toLowerCase() : "";
                String waarde = inhoud.contains(":") ? inhoud.substring(inhoud.indexOf(':') + 1).strip() : inhoud;
                if (sleutel.equals("peildatum")) {
                    try {
                        peildatum = LocalDate.parse(waarde);
                    } catch (DateTimeParseException e) {
                        m.add(Melding.fout(bestand, null, null, null, "ongeldige peildatum '" + waarde + "' in de kop; verwacht jjjj-mm-dd"));
                    }
                } else if (sleutel.equals("bron")) {
                    if (!bron.isEmpty()) bron.append(' ');
                    bron.append(waarde);
                }
            }
        } catch (IOException e) {
            m.add(Melding.fout(bestand, null, null, null, "niet leesbaar: " + e.getMessage()));
            return Leesresultaat.afgewezen(m);
        }
        if (peildatum == null && m.isEmpty()) {
            m.add(Melding.fout(bestand, null, null, null, "commentaarregel '# peildatum: jjjj-mm-dd' ontbreekt"));
        }
        if (bron.isEmpty()) m.add(Melding.waarschuwing(bestand, null, null, null, "commentaarregel '# bron: ...' ontbreekt"));
        Map<String, Long> rijen = new LinkedHashMap<>();
        leesCsv(csv, m, List.of("gebied", "naam", "inwoners"), (r, rij) -> {
            Zoekresultaat z = indeling.zoek(r.get("gebied"), null);
            if (!z.isGevonden()) { m.add(Melding.fout(bestand, null, rij, "gebied", z.probleem())); return; }
            String code = z.code();
            String opgegeven = r.get("naam");
            if (!opgegeven.isBlank()) {
                Zoekresultaat n = indeling.zoek(opgegeven, z.gebied().get().niveau());
                if (!n.kandidaten().contains(z.gebied().get())) {
                    m.add(Melding.waarschuwing(bestand, null, rij, "naam", "naam '" + opgegeven + "' hoort niet bij " + code + " (" + z.gebied().get().naam() + ")"));
                }
            }
            Long n = aantal(r.get("inwoners"), bestand, rij, "inwoners", m);
            if (n != null && rijen.put(code, n) != null) m.add(Melding.fout(bestand, null, rij, "gebied", code + " komt twee keer voor"));
        });
        if (m.stream().anyMatch(Melding::isFout)) return Leesresultaat.afgewezen(m);
        Populatieset set = Populatieset.van(naam, peildatum, bron.toString(), rijen, indeling);
        controleerDelen(set, rijen, indeling, bestand, m);
        return Leesresultaat.van(set, m);
    }

    /** Where a set gives an area's own row and all its parts, they must agree: a warning otherwise. */
    private static void controleerDelen(Populatieset set, Map<String, Long> rijen, Gebiedsindeling indeling, String bestand, List<Melding> m) {
        for (var e : rijen.entrySet()) {
            List<Gebied> delen = indeling.delen(e.getKey());
            if (delen.isEmpty() || !delen.stream().allMatch(d -> set.bevat(d.code()))) continue;
            long som = delen.stream().mapToLong(d -> set.inwoners(d.code())).sum();
            if (som != e.getValue()) {
                m.add(Melding.waarschuwing(bestand, null, null, "inwoners", e.getKey() + " heeft " + e.getValue()
                        + " inwoners, de som van de delen is " + som + "; de eigen regel geldt"));
            }
        }
    }

    private static Long aantal(String tekst, String bestand, int rij, String kolom, List<Melding> m) {
        String t = tekst.strip().replace(".", "").replace("_", "");
        try {
            long n = Long.parseLong(t);
            if (n < 0) {
                m.add(Melding.fout(bestand, null, rij, kolom, "negatief aantal inwoners: " + tekst));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            m.add(Melding.fout(bestand, null, rij, kolom, "geen getal: '" + tekst + "'"));
            return null;
        }
    }

    private interface Regelverwerker {
        void verwerk(CSVRecord record, int rij);
    }

    /** Parses a CSV file (UTF-8, optional BOM, '#' comments) and hands each record with its line number. */
    private static void leesCsv(Path csv, List<Melding> m, List<String> verplicht, Regelverwerker verwerker) {
        String bestand = csv.getFileName().toString();
        String tekst;
        try {
            if (Files.size(csv) > 20L * 1024 * 1024) {
                m.add(Melding.fout(bestand, null, null, null, "bestand is groter dan 20 MB"));
                return;
            }
            tekst = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            m.add(Melding.fout(bestand, null, null, null, "niet leesbaar: " + e.getMessage()));
            return;
        }
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(tekst), formaat)) {
            List<String> ontbreekt = verplicht.stream().filter(k -> !parser.getHeaderMap().containsKey(k)).toList();
            if (!ontbreekt.isEmpty()) {
                m.add(Melding.fout(bestand, null, 1, null, "kolom(men) " + ontbreekt + " ontbreken in de kopregel; gevonden: " + parser.getHeaderNames()));
                return;
            }
            for (CSVRecord r : parser) {
                int rij = (int) parser.getCurrentLineNumber();
                if (!r.isConsistent()) {
                    m.add(Melding.fout(bestand, null, rij, null, "regel heeft " + r.size() + " velden, verwacht " + parser.getHeaderNames().size()));
                    continue;
                }
                verwerker.verwerk(r, rij);
            }
        } catch (IOException | RuntimeException e) {
            m.add(Melding.fout(bestand, null, null, null, "geen geldig CSV-bestand: " + e.getMessage()));
        }
    }
}
