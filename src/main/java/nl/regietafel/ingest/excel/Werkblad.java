package nl.regietafel.ingest.excel;

import java.util.Iterator;
import java.util.NavigableMap;
import java.util.TreeMap;

/** One sheet of a return, read once into memory: its name and its rows in row order. */
public final class Werkblad implements Iterable<Rij> {

    private final String naam;
    private final NavigableMap<Integer, Rij> rijen = new TreeMap<>();

    Werkblad(String naam) {
        this.naam = naam;
    }

    /** A new row at {@code rijnummer} (0-based); it replaces a row of that number read earlier, as in POI. */
    Rij nieuweRij(int rijnummer) {
        Rij r = new Rij(rijnummer);
        rijen.put(rijnummer, r);
        return r;
    }

    public String getSheetName() {
        return naam;
    }

    /** The row at {@code rijnummer} (0-based), or null. */
    public Rij getRow(int rijnummer) {
        return rijen.get(rijnummer);
    }

    /** The last row's number (0-based); -1 for an empty sheet, as in POI. */
    public int getLastRowNum() {
        return rijen.isEmpty() ? -1 : rijen.lastKey();
    }

    @Override
    public Iterator<Rij> iterator() {
        return rijen.values().iterator();
    }
}
