package nl.regietafel.ingest.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * The shared strings part read with StAX instead of XMLBeans: per {@code <si>} the text that
 * POI's {@code XSSFRichTextString.getString()} gives ({@link RijkeTekst}). What it does not read
 * that way it refuses with {@link NietStroombaar}.
 */
final class GedeeldeTeksten {

    private static final XMLInputFactory STAX = XMLHelper.newXMLInputFactory();
    private static final Pattern AANTAL = Pattern.compile("\\d{1,10}");

    private GedeeldeTeksten() {
    }

    static List<String> lees(InputStream in) throws Exception {
        List<String> teksten = new ArrayList<>();
        XMLStreamReader r = STAX.createXMLStreamReader(in);
        int diepte = 0;
        RijkeTekst item = null;
        StringBuilder tekst = null; // the text of the <t> being read
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.ENTITY_REFERENCE || e == XMLStreamConstants.DTD) throw new NietStroombaar("entiteit");
                if (e == XMLStreamConstants.START_ELEMENT) {
                    diepte++;
                    if (tekst != null) throw new NietStroombaar("element in t");
                    boolean eigen = Bladstroom.NS.equals(r.getNamespaceURI());
                    String el = r.getLocalName();
                    if (diepte == 1) {
                        if (!eigen || !el.equals("sst")) throw new NietStroombaar("geen sst");
                        for (String a : new String[] {"count", "uniqueCount"}) {
                            String w = r.getAttributeValue(null, a);
                            if (w != null && !AANTAL.matcher(w).matches()) throw new NietStroombaar(a + "=" + w);
                        }
                    } else if (!eigen) {
                        continue;
                    } else if (diepte == 2 && el.equals("si")) {
                        item = new RijkeTekst();
                    } else if (item != null && (diepte == 3 || item.inRun()) && el.equals("t")) {
                        tekst = new StringBuilder();
                    } else if (diepte == 3 && item != null && el.equals("r")) {
                        item.beginRun();
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (tekst != null) {
                        if (diepte == 3) item.direct(tekst.toString());
                        else item.runTekst(tekst.toString());
                        tekst = null;
                    } else if (diepte == 3 && item != null && item.inRun()) {
                        item.eindRun();
                    } else if (diepte == 2 && item != null) {
                        teksten.add(item.tekst());
                        item = null;
                    }
                    diepte--;
                } else if (tekst != null && RijkeTekst.isTekst(e)) {
                    tekst.append(r.getText());
                }
            }
        } finally {
            r.close();
        }
        return teksten;
    }
}
