package nl.regietafel.ingest.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

import nl.regietafel.domain.Label;

/**
 * The header row of a sheet: its row number (1-based, as Excel shows it) and its columns by
 * normalised header text ({@link #sleutel(String)}).
 */
public final class Kopregel {

    private final int rij;
    private final Map<String, Kolom> kolommen;
    private final List<String> dubbel;

    private Kopregel(int rij, Map<String, Kolom> kolommen, List<String> dubbel) {
        this.rij = rij;
        this.kolommen = kolommen;
        this.dubbel = dubbel;
    }

    /** Header comparison key: {@link Label#sleutel} without punctuation at the ends ("Gemeente:" = "gemeente"). */
    public static String sleutel(String tekst) {
        return Label.sleutel(tekst).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }

    /** Reads row {@code rij} (1-based) as a header row; empty when the row does not exist. */
    public static Optional<Kopregel> lees(Werkblad blad, int rij) {
        Rij r = blad.getRow(rij - 1);
        if (r == null) return Optional.empty();
        Map<String, Kolom> kolommen = new LinkedHashMap<>();
        List<String> dubbel = new ArrayList<>();
        for (Cel c : r) {
            if (Cellezer.isLeeg(c)) continue;
            // Publishers write some headers as numbers or dates ("2023", 1-4-2023): match those too.
            List<String> vormen = new ArrayList<>();
            String kop = Cellezer.tekstVan(c).strip().replaceAll("\\s+", " ");
            if (isDatum(c)) {
                LocalDate d = c.getLocalDateTimeCellValue().toLocalDate();
                kop = String.format("%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
                vormen.add(d.toString());
                vormen.add(d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear());
            }
            vormen.add(0, kop);
            if (kop.isEmpty()) continue;
            Kolom k = new Kolom(c.getColumnIndex(), kop);
            if (kolommen.putIfAbsent(sleutel(kop), k) != null) dubbel.add(k.label());
            for (String v : vormen.subList(1, vormen.size())) kolommen.putIfAbsent(sleutel(v), k);
        }
        return Optional.of(new Kopregel(rij, kolommen, dubbel));
    }

    private static boolean isDatum(Cel c) {
        try {
            CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            return t == CellType.NUMERIC && c.isDatumOpgemaakt() && DateUtil.isValidExcelDate(c.getNumericCellValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    public int rij() {
        return rij;
    }

    /** The column whose header matches one of the synonyms, the first synonym first. */
    public Optional<Kolom> kolom(List<String> synoniemen) {
        for (String s : synoniemen) {
            Kolom k = kolommen.get(sleutel(s));
            if (k != null) return Optional.of(k);
        }
        return Optional.empty();
    }

    public Optional<Kolom> kolom(String kop) {
        return kolom(List.of(kop));
    }

    public Map<String, Kolom> kolommen() {
        return kolommen;
    }

    /** Columns whose header repeats an earlier one (label form); the first one is used. */
    public List<String> dubbeleKoppen() {
        return dubbel;
    }
}
