package nl.regietafel.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.Maandretour;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Kopregel;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.Rij;
import nl.regietafel.ingest.excel.VeiligeWerkmap;
import nl.regietafel.ingest.excel.Werkblad;

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
            Map<String, Werkblad> bladen = new HashMap<>();
            for (String naam : List.of(BLAD_GEMEENTE, BLAD_LOCATIES, BLAD_STATUSHOUDERS, BLAD_KNELPUNTEN)) {
                Optional<Werkblad> s = wm.blad(naam);
                if (s.isPresent()) bladen.put(naam, s.get());
                else m.fout(naam, null, null, "blad '" + naam + "' ontbreekt; gevonden bladen: " + wm.bladnamen());
            }
            GemeenteBlad.Kop kop = bladen.containsKey(BLAD_GEMEENTE) ? GemeenteBlad.lees(bladen.get(BLAD_GEMEENTE), indeling, verwachtePeilmaand, m) : null;
            String eigenCode = kop == null ? null : kop.code();
            List<Locatie> locaties = bladen.containsKey(BLAD_LOCATIES) ? LocatiesBlad.lees(bladen.get(BLAD_LOCATIES), indeling, eigenCode, m) : List.of();
            List<StatushoudersRegel> sh = bladen.containsKey(BLAD_STATUSHOUDERS) ? StatushoudersBlad.lees(bladen.get(BLAD_STATUSHOUDERS),
                    kop == null ? verwachtePeilmaand : kop.peilmaand(), m) : List.of();
            List<Knelpunt> knelpunten = bladen.containsKey(BLAD_KNELPUNTEN) ? KnelpuntenBlad.lees(bladen.get(BLAD_KNELPUNTEN), m) : List.of();
            if (m.heeftFouten() || kop == null) return Leesresultaat.afgewezen(m.alle());
            return Leesresultaat.van(new Maandretour(kop.code(), kop.naam(), kop.peilmaand(), kop.ingevuldDoor(), kop.datum(),
                    locaties, sh, knelpunten), m.alle());
        } catch (Throwable t) {
            // POI may throw anything while reading cells of a hostile file.
            m.fout(null, null, null, "kon niet gelezen worden (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")");
            return Leesresultaat.afgewezen(m.alle());
        }
    }

    // ---- header rows ---------------------------------------------------------------------------

    /** Header row 1 with every required column; FOUT per missing column. Null when a column is missing. */
    static Map<String, Kolom> kopregel(Werkblad blad, List<String> verplicht, List<String> optioneel, Meldingenlijst m) {
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

    static Iterable<Rij> dataRijen(Werkblad blad) {
        List<Rij> rijen = new ArrayList<>();
        for (Rij r : blad) {
            if (r.getRowNum() >= 1 && !Cellezer.isLeeg(r)) rijen.add(r);
        }
        return rijen;
    }

}
