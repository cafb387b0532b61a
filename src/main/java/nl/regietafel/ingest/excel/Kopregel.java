package nl.regietafel.ingest.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

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
    public static Optional<Kopregel> lees(Sheet blad, int rij) {
        Row r = blad.getRow(rij - 1);
        if (r == null) return Optional.empty();
        Map<String, Kolom> kolommen = new LinkedHashMap<>();
        List<String> dubbel = new ArrayList<>();
        for (Cell c : r) {
            if (c.getCellType() != CellType.STRING) continue;
            String kop = c.getStringCellValue().strip().replaceAll("\\s+", " ");
            if (kop.isEmpty()) continue;
            Kolom k = new Kolom(c.getColumnIndex(), kop);
            if (kolommen.putIfAbsent(sleutel(kop), k) != null) dubbel.add(k.label());
        }
        return Optional.of(new Kopregel(rij, kolommen, dubbel));
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
