package nl.regietafel.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Zoekresultaat;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Kopregel;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.Rij;
import nl.regietafel.ingest.excel.Werkblad;

/** Sheet {@code Locaties} of a maandretour: one row per location, header in row 1. */
final class LocatiesBlad {

    private LocatiesBlad() {
    }

    static List<Locatie> lees(Werkblad blad, Gebiedsindeling indeling, String eigenCode, Meldingenlijst m) {
        Map<String, Kolom> k = MaandretourReader.kopregel(blad, MaandretourReader.KOP_LOCATIES, List.of(MaandretourReader.GEDEELD_MET), m);
        if (k == null) return List.of();
        Cellezer c = new Cellezer(m, blad.getSheetName());
        List<Locatie> locaties = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Rij r : MaandretourReader.dataRijen(blad)) {
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
            List<String> gedeeld = k.containsKey(MaandretourReader.GEDEELD_MET) ? gedeeldMet(r, k.get(MaandretourReader.GEDEELD_MET), indeling, eigenCode, c) : List.of();
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
    private static List<String> gedeeldMet(Rij r, Kolom k, Gebiedsindeling indeling, String eigenCode, Cellezer c) {
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

}
