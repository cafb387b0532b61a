package nl.regietafel.ingest.excel;

/** Thrown by the streaming reader for XML it does not read itself (shared or array formulas, rows without numbers): POI's usermodel reads that file. */
final class NietStroombaar extends Exception {

    NietStroombaar(String waarom) {
        super(waarom, null, false, false);
    }
}
