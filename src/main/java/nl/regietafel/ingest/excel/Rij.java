package nl.regietafel.ingest.excel;

import java.util.Iterator;
import java.util.NavigableMap;
import java.util.TreeMap;

/** One row of a {@link Werkblad}: its cells by column, in column order (a later cell in the file replaces an earlier one, as in POI). */
public final class Rij implements Iterable<Cel> {

    private final int rijnummer;
    private final NavigableMap<Integer, Cel> cellen = new TreeMap<>();

    Rij(int rijnummer) {
        this.rijnummer = rijnummer;
    }

    void zet(Cel cel) {
        cellen.put(cel.getColumnIndex(), cel);
    }

    /** 0-based, as POI's {@code Row.getRowNum()}. */
    public int getRowNum() {
        return rijnummer;
    }

    /** The cell in column {@code kolom} (0-based), or null. */
    public Cel getCell(int kolom) {
        return cellen.get(kolom);
    }

    @Override
    public Iterator<Cel> iterator() {
        return cellen.values().iterator();
    }
}
