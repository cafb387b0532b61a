package nl.regietafel.ingest.excel;

import javax.xml.stream.XMLStreamConstants;

/**
 * The limits of one sheet as a pass over its XML meets them: every {@code row} and {@code c}
 * element counted, and a DOCTYPE or entity refused, each with its one FOUT. Shared by the
 * streaming reader ({@link Bladstroom}) and the count before the usermodel, so that both refuse
 * a file with the same message.
 */
final class Bladteller {

    static final String DOCTYPE = "bevat XML met een DOCTYPE of entiteiten; dat is niet toegestaan";

    private final String blad;
    private int rijen;
    private int cellen;

    Bladteller(String blad) {
        this.blad = blad;
    }

    /** False, with the FOUT in {@code m}, for a DOCTYPE or an entity reference (StAX event {@code e}). */
    boolean zonderDoctype(int e, Meldingenlijst m) {
        if (e != XMLStreamConstants.ENTITY_REFERENCE && e != XMLStreamConstants.DTD) return true;
        m.fout(blad, null, null, DOCTYPE);
        return false;
    }

    /** Counts start element {@code naam}; false, with the FOUT in {@code m}, when that exceeds a limit. */
    boolean binnenLimieten(String naam, Meldingenlijst m) {
        if (naam.equals("row") && ++rijen > ExcelLimieten.MAX_RIJEN_PER_BLAD) {
            m.fout(blad, ExcelLimieten.MAX_RIJEN_PER_BLAD + 1, null, "blad heeft meer dan "
                    + Cellezer.nl(ExcelLimieten.MAX_RIJEN_PER_BLAD) + " rijen (het maximum per blad); het bestand is geweigerd");
            return false;
        }
        if (naam.equals("c") && ++cellen > ExcelLimieten.MAX_CELLEN_PER_BLAD) {
            m.fout(blad, rijen, null, "blad heeft meer dan " + Cellezer.nl(ExcelLimieten.MAX_CELLEN_PER_BLAD)
                    + " cellen (het maximum per blad); het bestand is geweigerd");
            return false;
        }
        return true;
    }
}
