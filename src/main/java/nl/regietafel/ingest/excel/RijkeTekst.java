package nl.regietafel.ingest.excel;

import javax.xml.stream.XMLStreamConstants;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The text of one rich text item (a shared string's {@code <si>}, a cell's {@code <is>}) as
 * POI's {@code XSSFRichTextString.getString()} gives it: the direct {@code <t>}, or when the
 * item has runs their {@code <t>}s joined (a run without one as "null", as POI appends it);
 * phonetic runs left out; {@code _xHHHH_} escapes decoded; null for an item without text.
 */
final class RijkeTekst {

    private String direct;
    private boolean runs;
    private boolean inRun;
    private boolean runMetTekst;
    private final StringBuilder run = new StringBuilder();

    /** Whether a StAX event carries text. */
    static boolean isTekst(int gebeurtenis) {
        return gebeurtenis == XMLStreamConstants.CHARACTERS || gebeurtenis == XMLStreamConstants.CDATA
                || gebeurtenis == XMLStreamConstants.SPACE;
    }

    void direct(String s) throws NietStroombaar {
        if (direct != null) throw new NietStroombaar("twee keer t");
        direct = s;
    }

    void beginRun() {
        runs = true;
        inRun = true;
        runMetTekst = false;
    }

    boolean inRun() {
        return inRun;
    }

    void runTekst(String s) throws NietStroombaar {
        if (runMetTekst) throw new NietStroombaar("twee keer t in een run");
        runMetTekst = true;
        run.append(s);
    }

    void eindRun() {
        if (!runMetTekst) run.append((String) null);
        inRun = false;
    }

    String tekst() {
        String s = runs ? run.toString() : direct;
        return s != null && s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }
}
