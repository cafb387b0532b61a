package nl.regietafel.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;

import nl.regietafel.domain.Peildatum;
import nl.regietafel.domain.StatushoudersRegel;
import nl.regietafel.ingest.excel.Cel;
import nl.regietafel.ingest.excel.Cellezer;
import nl.regietafel.ingest.excel.Kolom;
import nl.regietafel.ingest.excel.Meldingenlijst;
import nl.regietafel.ingest.excel.Rij;
import nl.regietafel.ingest.excel.Werkblad;

/** Sheet {@code Statushouders} of a maandretour: one row per half year, header in row 1. */
final class StatushoudersBlad {

    private static final Pattern HALFJAAR = Pattern.compile("(\\d{4})\\s*-\\s*[hH]?([12])");
    private static final Pattern HALFJAAR_TEKST = Pattern.compile("([12])e\\s+(?:helft|halfjaar)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private StatushoudersBlad() {
    }

    /**
     * @param peilmaand the month the return is for: a half year that has begun by its end must
     *                  have {@code Gehuisvest} filled in (the uitvraag leaves it blank, so blank is "not answered")
     */
    static List<StatushoudersRegel> lees(Werkblad blad, YearMonth peilmaand, Meldingenlijst m) {
        Map<String, Kolom> k = MaandretourReader.kopregel(blad, MaandretourReader.KOP_STATUSHOUDERS, List.of(), m);
        if (k == null) return List.of();
        Cellezer c = new Cellezer(m, blad.getSheetName());
        List<StatushoudersRegel> regels = new ArrayList<>();
        Map<Peildatum, Integer> gezien = new HashMap<>();
        for (Rij r : MaandretourReader.dataRijen(blad)) {
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
            if (gehuisvest == null && isBegonnen(halfjaar, peilmaand) && Cellezer.isLeeg(r.getCell(k.get("Gehuisvest").index()))) {
                c.waarschuwing(r, k.get("Gehuisvest"), "Gehuisvest is niet ingevuld voor " + halfjaar.label()
                        + ", dat al begonnen is; niet ingevuld is geen 0, maar telt in de berekening als 0 tot de gemeente het aantal invult");
            }
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

    /** A half year that has not begun may stay blank: nobody has been housed against it yet. */
    private static boolean isBegonnen(Peildatum halfjaar, YearMonth peilmaand) {
        return halfjaar != null && peilmaand != null && !halfjaar.begin().isAfter(peilmaand.atEndOfMonth());
    }

    private static long nul(Long n) {
        return n == null ? 0 : n;
    }

    private static Peildatum halfjaar(Rij r, Kolom k, Cellezer c) {
        Cel cel = r.getCell(k.index());
        if (Cellezer.isLeeg(cel)) {
            c.fout(r, k, "Halfjaar is leeg; verwacht jjjj-1 of jjjj-2");
            return null;
        }
        if (cel.getCellType() == CellType.NUMERIC && cel.isDatumOpgemaakt()) {
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

}
