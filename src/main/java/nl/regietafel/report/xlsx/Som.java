package nl.regietafel.report.xlsx;

import java.util.OptionalDouble;

/**
 * A totals cell {@code =SUM(X<eerste>:X<laatste>)} over one column of its own sheet, and its
 * cached value worked out the way POI's {@code SUM} does: the numeric cells of the range added
 * in row order as doubles (text and empty cells left out). Working it out here spares every
 * workbook of plain totals the formula evaluator (its start and its code).
 */
record Som(Bladdoel blad, int rij, int kolom, int eerste, int laatste) {

    /** The sum, or empty when a cell of the range is one that POI's evaluator must judge (an error or a formula). */
    OptionalDouble waarde() {
        return blad.som(kolom, eerste, laatste);
    }

    /** Stores the sum as the cell's cached value; false when POI's evaluator must do it. */
    boolean uitrekenen() {
        return blad.somOpslaan(rij, kolom, eerste, laatste);
    }
}
