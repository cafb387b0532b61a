package nl.regietafel.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.gebied.Gebiedsindeling;
import nl.regietafel.domain.gebied.Zoekresultaat;
import nl.regietafel.ingest.excel.Cel;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Kopregel;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.Rij;
import nl.regietafel.ingest.excel.Werkblad;

/** Sheet {@code Gemeente} of a maandretour: key/value rows, key in column A, value in column B. */
final class GemeenteBlad {

    private static final Pattern JAAR_MAAND = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern MAAND_JAAR = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");

    private GemeenteBlad() {
    }

    record Kop(String code, String naam, YearMonth peilmaand, String ingevuldDoor, LocalDate datum) {
    }

    static Kop lees(Werkblad blad, Gebiedsindeling indeling, YearMonth verwacht, Meldingenlijst m) {
        String bladnaam = blad.getSheetName();
        Cellezer c = new Cellezer(m, bladnaam);
        Map<String, Rij> rijen = new LinkedHashMap<>();
        Map<String, Kolom> kolommen = new HashMap<>();
        for (Rij r : blad) {
            Cel sleutelcel = r.getCell(0);
            if (Cellezer.isLeeg(sleutelcel)) continue;
            String tekst = Cellezer.tekstVan(sleutelcel).strip();
            String s = Kopregel.sleutel(tekst);
            if (rijen.putIfAbsent(s, r) == null) kolommen.put(s, new Kolom(1, tekst));
        }
        Rij codeRij = rijen.get(Kopregel.sleutel("Gemeentecode"));
        Rij naamRij = rijen.get(Kopregel.sleutel("Gemeente"));
        Rij maandRij = rijen.get(Kopregel.sleutel("Peilmaand"));
        Rij doorRij = rijen.get(Kopregel.sleutel("Ingevuld door"));
        Rij datumRij = rijen.get(Kopregel.sleutel("Datum"));

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

    private static Gebied gemeente(Gebiedsindeling indeling, String tekst, Cellezer c, Rij r, Kolom k) {
        Zoekresultaat z = indeling.zoek(tekst, Gebied.Niveau.GEMEENTE);
        if (!z.isGevonden()) {
            c.fout(r, k, z.probleem());
            return null;
        }
        return z.gebied().get();
    }

    private static YearMonth peilmaand(Rij r, Kolom k, Cellezer c) {
        Cel cel = r.getCell(k.index());
        if (Cellezer.isLeeg(cel)) {
            c.fout(r, k, "Peilmaand is leeg; verwacht jjjj-mm");
            return null;
        }
        if (cel.getCellType() == CellType.NUMERIC && cel.isDatumOpgemaakt()) {
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

}
