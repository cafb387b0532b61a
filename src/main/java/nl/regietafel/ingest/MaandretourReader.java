package nl.regietafel.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Zoekresultaat;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Kopregel;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.VeiligeWerkmap;

/**
 * Reads one maandretour (docs/invoerformaten.md, SPEC §3): sheets {@code Gemeente},
 * {@code Locaties}, {@code Statushouders}, {@code Knelpunten}. Collects every problem of the
 * file; any FOUT rejects the file whole.
 */
public final class MaandretourReader {

    public static final String BLAD_GEMEENTE = "Gemeente";
    public static final String BLAD_LOCATIES = "Locaties";
    public static final String BLAD_STATUSHOUDERS = "Statushouders";
    public static final String BLAD_KNELPUNTEN = "Knelpunten";

    static final List<String> KOP_LOCATIES = List.of("Locatie-id", "Naam", "Plaats", "Doelgroep", "Soort", "Capaciteit",
            "Bezetting", "Status", "Open vanaf", "Beschikbaar tot", "Toelichting");
    static final String GEDEELD_MET = "Gedeeld met";
    static final List<String> KOP_STATUSHOUDERS = List.of("Halfjaar", "Taakstelling", "Achterstand begin periode",
            "Gehuisvest", "Waarvan AMV", "Instrumenten");
    static final List<String> KOP_KNELPUNTEN = List.of("Onderwerp", "Omschrijving", "Gevraagd van");

    private static final Pattern JAAR_MAAND = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern MAAND_JAAR = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
    private static final Pattern HALFJAAR = Pattern.compile("(\\d{4})\\s*-\\s*[hH]?([12])");
    private static final Pattern HALFJAAR_TEKST = Pattern.compile("([12])e\\s+(?:helft|halfjaar)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private MaandretourReader() {
    }

    /**
     * @param verwachtePeilmaand the period being imported; null skips the check
     */
    public static Leesresultaat<Maandretour> lees(Path bestand, Gebiedsindeling indeling, YearMonth verwachtePeilmaand) {
        Meldingenlijst m = new Meldingenlijst(bestand.getFileName().toString());
        Optional<VeiligeWerkmap> geopend = VeiligeWerkmap.open(bestand, m);
        if (geopend.isEmpty()) return Leesresultaat.afgewezen(m.alle());
        try (VeiligeWerkmap wm = geopend.get()) {
            Map<String, Sheet> bladen = new HashMap<>();
            for (String naam : List.of(BLAD_GEMEENTE, BLAD_LOCATIES, BLAD_STATUSHOUDERS, BLAD_KNELPUNTEN)) {
                Optional<Sheet> s = wm.blad(naam);
                if (s.isPresent()) bladen.put(naam, s.get());
                else m.fout(naam, null, null, "blad '" + naam + "' ontbreekt; gevonden bladen: " + wm.bladnamen());
            }
            Kop kop = bladen.containsKey(BLAD_GEMEENTE) ? leesGemeente(bladen.get(BLAD_GEMEENTE), indeling, verwachtePeilmaand, m) : null;
            String eigenCode = kop == null ? null : kop.code;
            List<Locatie> locaties = bladen.containsKey(BLAD_LOCATIES) ? leesLocaties(bladen.get(BLAD_LOCATIES), indeling, eigenCode, m) : List.of();
            List<StatushoudersRegel> sh = bladen.containsKey(BLAD_STATUSHOUDERS) ? leesStatushouders(bladen.get(BLAD_STATUSHOUDERS), m) : List.of();
            List<Knelpunt> knelpunten = bladen.containsKey(BLAD_KNELPUNTEN) ? leesKnelpunten(bladen.get(BLAD_KNELPUNTEN), m) : List.of();
            if (m.heeftFouten() || kop == null) return Leesresultaat.afgewezen(m.alle());
            return Leesresultaat.van(new Maandretour(kop.code, kop.naam, kop.peilmaand, kop.ingevuldDoor, kop.datum,
                    locaties, sh, knelpunten), m.alle());
        } catch (Throwable t) {
            // POI may throw anything while reading cells of a hostile file.
            m.fout(null, null, null, "kon niet gelezen worden (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")");
            return Leesresultaat.afgewezen(m.alle());
        }
    }

    private record Kop(String code, String naam, YearMonth peilmaand, String ingevuldDoor, LocalDate datum) {
    }

    // ---- sheet Gemeente ------------------------------------------------------------------------

    private static Kop leesGemeente(Sheet blad, Gebiedsindeling indeling, YearMonth verwacht, Meldingenlijst m) {
        String bladnaam = blad.getSheetName();
        Cellezer c = new Cellezer(m, bladnaam);
        Map<String, Row> rijen = new LinkedHashMap<>();
        Map<String, Kolom> kolommen = new HashMap<>();
        for (Row r : blad) {
            Cell sleutelcel = r.getCell(0);
            if (Cellezer.isLeeg(sleutelcel)) continue;
            String tekst = Cellezer.tekstVan(sleutelcel).strip();
            String s = Kopregel.sleutel(tekst);
            if (rijen.putIfAbsent(s, r) == null) kolommen.put(s, new Kolom(1, tekst));
        }
        Row codeRij = rijen.get(Kopregel.sleutel("Gemeentecode"));
        Row naamRij = rijen.get(Kopregel.sleutel("Gemeente"));
        Row maandRij = rijen.get(Kopregel.sleutel("Peilmaand"));
        Row doorRij = rijen.get(Kopregel.sleutel("Ingevuld door"));
        Row datumRij = rijen.get(Kopregel.sleutel("Datum"));

        Gebied viaCode = null, viaNaam = null;
        String codeTekst = null, naamTekst = null;
        if (codeRij != null) {
            codeTekst = Cellezer.tekstVan(codeRij.getCell(1)).strip();
            if (!codeTekst.isEmpty()) viaCode = gemeente(indeling, codeTekst, c, codeRij, kolommen.get(Kopregel.sleutel("Gemeentecode")));
        }
        if (naamRij != null) {
            naamTekst = c.tekst(naamRij, kolommen.get(Kopregel.sleutel("Gemeente")));
            if (naamTekst != null) viaNaam = gemeente(indeling, naamTekst, c, naamRij, kolommen.get(Kopregel.sleutel("Gemeente")));
        }
        if ((codeTekst == null || codeTekst.isEmpty()) && naamTekst == null) {
            m.fout(bladnaam, codeRij != null ? codeRij.getRowNum() + 1 : naamRij != null ? naamRij.getRowNum() + 1 : null, "B",
                    "Gemeentecode en Gemeente zijn allebei leeg of ontbreken in kolom A; vul ten minste één in");
        }
        if (viaCode != null && viaNaam != null && !viaCode.code().equals(viaNaam.code())) {
            c.fout(naamRij, kolommen.get(Kopregel.sleutel("Gemeente")), "Gemeentecode " + viaCode.code() + " (" + viaCode.naam()
                    + ") en Gemeente '" + naamTekst + "' (" + viaNaam.code() + ") horen niet bij elkaar");
        }
        Gebied gemeente = viaCode != null ? viaCode : viaNaam;

        YearMonth peilmaand = null;
        if (maandRij == null) {
            m.fout(bladnaam, null, "A", "sleutel 'Peilmaand' ontbreekt in kolom A");
        } else {
            Kolom k = kolommen.get(Kopregel.sleutel("Peilmaand"));
            peilmaand = peilmaand(maandRij, k, c);
            if (peilmaand != null && verwacht != null && !peilmaand.equals(verwacht)) {
                c.fout(maandRij, k, "retour voor " + peilmaand + ", verwacht " + verwacht);
            }
        }
        String ingevuldDoor = null;
        if (doorRij == null) m.waarschuwing(bladnaam, null, "A", "sleutel 'Ingevuld door' ontbreekt in kolom A");
        else ingevuldDoor = c.tekst(doorRij, kolommen.get(Kopregel.sleutel("Ingevuld door")));
        LocalDate datum = null;
        if (datumRij == null) m.waarschuwing(bladnaam, null, "A", "sleutel 'Datum' ontbreekt in kolom A");
        else datum = c.datum(datumRij, kolommen.get(Kopregel.sleutel("Datum")));
        if (gemeente == null || peilmaand == null) return null;
        return new Kop(gemeente.code(), gemeente.naam(), peilmaand, ingevuldDoor, datum);
    }

    private static Gebied gemeente(Gebiedsindeling indeling, String tekst, Cellezer c, Row r, Kolom k) {
        Zoekresultaat z = indeling.zoek(tekst, Gebied.Niveau.GEMEENTE);
        if (!z.isGevonden()) {
            c.fout(r, k, z.probleem());
            return null;
        }
        return z.gebied().get();
    }

    private static YearMonth peilmaand(Row r, Kolom k, Cellezer c) {
        Cell cel = r.getCell(k.index());
        if (Cellezer.isLeeg(cel)) {
            c.fout(r, k, "Peilmaand is leeg; verwacht jjjj-mm");
            return null;
        }
        if (cel.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cel)) {
            return YearMonth.from(cel.getLocalDateTimeCellValue()); // Excel turns "2022-12" into 1-12-2022
        }
        String t = Cellezer.tekstVan(cel).strip();
        try {
            Matcher a = JAAR_MAAND.matcher(t);
            if (a.matches()) return YearMonth.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)));
            Matcher b = MAAND_JAAR.matcher(t);
            if (b.matches()) return YearMonth.of(Integer.parseInt(b.group(2)), Integer.parseInt(b.group(1)));
        } catch (java.time.DateTimeException e) {
            // falls through to the message
        }
        c.fout(r, k, "ongeldige peilmaand '" + t + "'; verwacht jjjj-mm, bijvoorbeeld 2022-12");
        return null;
    }

    // ---- header rows ---------------------------------------------------------------------------

    /** Header row 1 with every required column; FOUT per missing column. Null when a column is missing. */
    private static Map<String, Kolom> kopregel(Sheet blad, List<String> verplicht, List<String> optioneel, Meldingenlijst m) {
        String bladnaam = blad.getSheetName();
        Optional<Kopregel> kop = Kopregel.lees(blad, 1);
        if (kop.isEmpty() || kop.get().kolommen().isEmpty()) {
            m.fout(bladnaam, 1, null, "kopregel ontbreekt in rij 1; verwacht: " + String.join(", ", verplicht));
            return null;
        }
        Map<String, Kolom> kolommen = new HashMap<>();
        boolean compleet = true;
        for (String naam : verplicht) {
            Optional<Kolom> k = kop.get().kolom(naam);
            if (k.isPresent()) kolommen.put(naam, k.get());
            else {
                m.fout(bladnaam, 1, naam, "kolom '" + naam + "' ontbreekt in de kopregel (rij 1)");
                compleet = false;
            }
        }
        for (String naam : optioneel) kop.get().kolom(naam).ifPresent(k -> kolommen.put(naam, k));
        for (String d : kop.get().dubbeleKoppen()) m.waarschuwing(bladnaam, 1, d, "kop komt twee keer voor; de eerste kolom is gebruikt");
        return compleet ? kolommen : null;
    }

    private static Iterable<Row> dataRijen(Sheet blad) {
        List<Row> rijen = new ArrayList<>();
        for (Row r : blad) {
            if (r.getRowNum() >= 1 && !Cellezer.isLeeg(r)) rijen.add(r);
        }
        return rijen;
    }

    // ---- sheet Locaties --------------------------------------------------------------------------

    private static List<Locatie> leesLocaties(Sheet blad, Gebiedsindeling indeling, String eigenCode, Meldingenlijst m) {
        Map<String, Kolom> k = kopregel(blad, KOP_LOCATIES, List.of(GEDEELD_MET), m);
        if (k == null) return List.of();
        Cellezer c = new Cellezer(m, blad.getSheetName());
        List<Locatie> locaties = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Row r : dataRijen(blad)) {
            int fouten = m.aantalFouten();
            String id = c.verplichteTekst(r, k.get("Locatie-id"));
            if (id != null) {
                Integer eerder = ids.putIfAbsent(Kopregel.sleutel(id), r.getRowNum() + 1);
                if (eerder != null) c.fout(r, k.get("Locatie-id"), "Locatie-id '" + id + "' komt twee keer voor (ook in rij " + eerder + ")");
            }
            String naam = c.verplichteTekst(r, k.get("Naam"));
            String plaats = c.tekst(r, k.get("Plaats"));
            Doelgroep doelgroep = c.code(Doelgroep.class, r, k.get("Doelgroep"), true);
            LocatieSoort soort = c.code(LocatieSoort.class, r, k.get("Soort"), true);
            Long capaciteit = c.aantal(r, k.get("Capaciteit"));
            if (capaciteit == null && Cellezer.isLeeg(r.getCell(k.get("Capaciteit").index()))) {
                c.fout(r, k.get("Capaciteit"), "is leeg; vul het aantal plekken in (ook bij een plan)");
            }
            Long bezetting = c.aantal(r, k.get("Bezetting"));
            LocatieStatus status = c.code(LocatieStatus.class, r, k.get("Status"), true);
            LocalDate open = c.datum(r, k.get("Open vanaf"));
            LocalDate tot = c.datum(r, k.get("Beschikbaar tot"));
            String toelichting = c.tekst(r, k.get("Toelichting"));
            List<String> gedeeld = k.containsKey(GEDEELD_MET) ? gedeeldMet(r, k.get(GEDEELD_MET), indeling, eigenCode, c) : List.of();
            if (capaciteit != null && bezetting != null && bezetting > capaciteit) {
                c.waarschuwing(r, k.get("Bezetting"), "bezetting " + Cellezer.nl(bezetting) + " is groter dan de capaciteit " + Cellezer.nl(capaciteit));
            }
            if (open != null && tot != null && tot.isBefore(open)) {
                c.waarschuwing(r, k.get("Beschikbaar tot"), "Beschikbaar tot (" + tot + ") ligt vóór Open vanaf (" + open + ")");
            }
            if (m.aantalFouten() == fouten) {
                locaties.add(new Locatie(id, naam, plaats, doelgroep, soort, capaciteit, bezetting == null ? 0 : bezetting,
                        status, open, tot, toelichting, gedeeld));
            }
        }
        return locaties;
    }

    /** Codes or names separated by , / or ; — names that themselves contain a comma are rejoined. */
    private static List<String> gedeeldMet(Row r, Kolom k, Gebiedsindeling indeling, String eigenCode, Cellezer c) {
        String tekst = c.tekst(r, k);
        if (tekst == null) return List.of();
        String[] delen = tekst.split("[,/;]");
        Set<String> codes = new LinkedHashSet<>();
        int i = 0;
        while (i < delen.length) {
            if (delen[i].isBlank()) { i++; continue; }
            int gevonden = -1;
            String code = null;
            for (int j = delen.length - 1; j >= i && gevonden < 0; j--) {
                String kandidaat = String.join(",", java.util.Arrays.copyOfRange(delen, i, j + 1));
                Zoekresultaat z = indeling.zoek(kandidaat, Gebied.Niveau.GEMEENTE);
                if (z.isGevonden()) { gevonden = j; code = z.code(); }
            }
            if (gevonden < 0) {
                c.fout(r, k, indeling.zoek(delen[i], Gebied.Niveau.GEMEENTE).probleem() + " in Gedeeld met");
                i++;
            } else {
                if (!code.equals(eigenCode)) codes.add(code);
                i = gevonden + 1;
            }
        }
        return List.copyOf(codes);
    }

    // ---- sheet Statushouders -----------------------------------------------------------------------

    private static List<StatushoudersRegel> leesStatushouders(Sheet blad, Meldingenlijst m) {
        Map<String, Kolom> k = kopregel(blad, KOP_STATUSHOUDERS, List.of(), m);
        if (k == null) return List.of();
        Cellezer c = new Cellezer(m, blad.getSheetName());
        List<StatushoudersRegel> regels = new ArrayList<>();
        Map<Peildatum, Integer> gezien = new HashMap<>();
        for (Row r : dataRijen(blad)) {
            int fouten = m.aantalFouten();
            Peildatum halfjaar = halfjaar(r, k.get("Halfjaar"), c);
            if (halfjaar != null) {
                Integer eerder = gezien.putIfAbsent(halfjaar, r.getRowNum() + 1);
                if (eerder != null) c.fout(r, k.get("Halfjaar"), "halfjaar " + halfjaar + " komt twee keer voor (ook in rij " + eerder + ")");
            }
            Long taakstelling = c.aantal(r, k.get("Taakstelling"));
            if (taakstelling == null && Cellezer.isLeeg(r.getCell(k.get("Taakstelling").index()))) {
                c.fout(r, k.get("Taakstelling"), "is leeg; vul de taakstelling van het halfjaar in");
            }
            Long achterstand = c.getal(r, k.get("Achterstand begin periode"), -nl.regietafel.ingest.excel.ExcelLimieten.MAX_AANTAL,
                    nl.regietafel.ingest.excel.ExcelLimieten.MAX_AANTAL);
            Long gehuisvest = c.aantal(r, k.get("Gehuisvest"));
            Long amv = c.aantal(r, k.get("Waarvan AMV"));
            String instrumenten = c.tekst(r, k.get("Instrumenten"));
            if (amv != null && gehuisvest != null && amv > gehuisvest) {
                c.waarschuwing(r, k.get("Waarvan AMV"), "waarvan AMV (" + amv + ") is groter dan gehuisvest (" + gehuisvest + ")");
            }
            if (m.aantalFouten() == fouten) {
                regels.add(new StatushoudersRegel(halfjaar, taakstelling, nul(achterstand), nul(gehuisvest), nul(amv), instrumenten));
            }
        }
        return regels;
    }

    private static long nul(Long n) {
        return n == null ? 0 : n;
    }

    private static Peildatum halfjaar(Row r, Kolom k, Cellezer c) {
        Cell cel = r.getCell(k.index());
        if (Cellezer.isLeeg(cel)) {
            c.fout(r, k, "Halfjaar is leeg; verwacht jjjj-1 of jjjj-2");
            return null;
        }
        if (cel.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cel)) {
            // Excel turns "2023-1" into 1-1-2023 and "2023-2" into 1-2-2023.
            LocalDate d = cel.getLocalDateTimeCellValue().toLocalDate();
            if (d.getDayOfMonth() == 1 && d.getMonthValue() <= 2) {
                Peildatum p = Peildatum.halfjaar(d.getYear(), d.getMonthValue());
                c.waarschuwing(r, k, "Excel heeft het halfjaar als datum " + d + " opgeslagen; gelezen als " + p);
                return p;
            }
            c.fout(r, k, "datum " + d + " is geen halfjaar; verwacht jjjj-1 of jjjj-2 als tekst");
            return null;
        }
        String t = Cellezer.tekstVan(cel).strip();
        Matcher a = HALFJAAR.matcher(t);
        if (a.matches()) return Peildatum.halfjaar(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)));
        Matcher b = HALFJAAR_TEKST.matcher(t);
        if (b.matches()) return Peildatum.halfjaar(Integer.parseInt(b.group(2)), Integer.parseInt(b.group(1)));
        c.fout(r, k, "ongeldig halfjaar '" + t + "'; verwacht jjjj-1 of jjjj-2, bijvoorbeeld 2023-1");
        return null;
    }

    // ---- sheet Knelpunten -------------------------------------------------------------------------

    private static List<Knelpunt> leesKnelpunten(Sheet blad, Meldingenlijst m) {
        Map<String, Kolom> k = kopregel(blad, KOP_KNELPUNTEN, List.of(), m);
        if (k == null) return List.of();
        Cellezer c = new Cellezer(m, blad.getSheetName());
        List<Knelpunt> knelpunten = new ArrayList<>();
        for (Row r : dataRijen(blad)) {
            int fouten = m.aantalFouten();
            String onderwerp = c.tekst(r, k.get("Onderwerp"));
            String omschrijving = c.tekst(r, k.get("Omschrijving"));
            Partij partij = c.code(Partij.class, r, k.get("Gevraagd van"), false);
            if (onderwerp == null && omschrijving == null && m.aantalFouten() == fouten) {
                c.fout(r, k.get("Onderwerp"), "knelpunt zonder onderwerp en omschrijving");
            }
            if (m.aantalFouten() == fouten) knelpunten.add(new Knelpunt(onderwerp, omschrijving, partij));
        }
        return knelpunten;
    }
}
