package nl.regietafel.ingest.excel;

import org.apache.poi.ss.util.CellReference;

/** A column found in a header row: 0-based index and the header text as written. */
public record Kolom(int index, String kop) {

    /** Letter plus header, as in messages: {@code F (Capaciteit)}. */
    public String label() {
        return CellReference.convertNumToColString(index) + " (" + kop + ")";
    }
}
