package nl.regietafel.report.xlsx;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * The shared strings of a workbook the tool writes. POI finds a string that is already in the
 * table by the XML text of the whole entry, which it serialises anew for every text cell: a
 * third of the cost of writing a text cell. A plain string (one text, no runs, no phonetics,
 * as every cell of the tool's workbooks) is keyed by its text instead; the table, its order and
 * the file stay exactly the same.
 */
final class Tekstentabel extends SharedStringsTable {

    /** No XML text starts with this, so a text key never equals POI's key for a rich entry. */
    private static final char TEKST = '\u0001';

    @Override
    protected String xmlText(CTRst tekst) {
        if (tekst.isSetT() && tekst.sizeOfRArray() == 0 && tekst.sizeOfRPhArray() == 0 && !tekst.isSetPhoneticPr()) {
            return TEKST + tekst.getT();
        }
        return super.xmlText(tekst);
    }
}
