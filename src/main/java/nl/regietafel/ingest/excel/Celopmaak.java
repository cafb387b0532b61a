package nl.regietafel.ingest.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;

/**
 * The styles part read with StAX instead of XMLBeans, for the one thing the readers ask of a
 * style: is its number format a date format? Per cell style ({@code cellXfs/xf}) its
 * {@code numFmtId}, and the workbook's own formats ({@code numFmts}); the answer is POI's own
 * {@link DateUtil#isADateFormat(int, String)} on what {@code XSSFCellStyle.getDataFormat()} and
 * {@code getDataFormatString()} would give. What it does not read that way it refuses with
 * {@link NietStroombaar}.
 */
final class Celopmaak {

    private static final XMLInputFactory STAX = XMLHelper.newXMLInputFactory();
    private static final Pattern GETAL = Pattern.compile("\\d{1,10}");

    /** numFmtId per cell style, in order. */
    private final List<Long> opmaakPerStijl;
    /** The workbook's own format codes by (short) id; a later one replaces an earlier one, as in StylesTable. */
    private final Map<Short, String> formaten;

    private Celopmaak(List<Long> opmaakPerStijl, Map<Short, String> formaten) {
        this.opmaakPerStijl = opmaakPerStijl;
        this.formaten = formaten;
    }

    /** The number of cell styles ({@code StylesTable.getNumCellStyles()}). */
    int aantal() {
        return opmaakPerStijl.size();
    }

    /** Whether cell style {@code i} (0 ≤ i < aantal) has a date format. */
    boolean isDatum(int i) {
        short id = (short) opmaakPerStijl.get(i).longValue();
        String code = formaten.get(id);
        if (code == null) code = BuiltinFormats.getBuiltinFormat(id);
        return DateUtil.isADateFormat(id, code);
    }

    static Celopmaak lees(InputStream in) throws Exception {
        List<Long> opmaak = new ArrayList<>();
        Map<Short, String> formaten = new HashMap<>();
        XMLStreamReader r = STAX.createXMLStreamReader(in);
        int diepte = 0, numFmts = 0, cellXfs = 0;
        String deel = null;
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.ENTITY_REFERENCE || e == XMLStreamConstants.DTD) throw new NietStroombaar("entiteit");
                if (e == XMLStreamConstants.END_ELEMENT) {
                    diepte--;
                    continue;
                }
                if (e != XMLStreamConstants.START_ELEMENT) continue;
                diepte++;
                boolean eigen = Bladstroom.NS.equals(r.getNamespaceURI());
                String el = r.getLocalName();
                if (diepte == 1) {
                    if (!eigen || !el.equals("styleSheet")) throw new NietStroombaar("geen styleSheet");
                } else if (diepte == 2) {
                    deel = eigen ? el : null;
                    if ("numFmts".equals(deel) && ++numFmts > 1) throw new NietStroombaar("twee keer numFmts");
                    if ("cellXfs".equals(deel) && ++cellXfs > 1) throw new NietStroombaar("twee keer cellXfs");
                } else if (diepte == 3 && eigen && "numFmts".equals(deel) && el.equals("numFmt")) {
                    formaten.put((short) getal(r.getAttributeValue(null, "numFmtId"), false), r.getAttributeValue(null, "formatCode"));
                } else if (diepte == 3 && eigen && "cellXfs".equals(deel) && el.equals("xf")) {
                    getal(r.getAttributeValue(null, "xfId"), true);
                    opmaak.add(getal(r.getAttributeValue(null, "numFmtId"), true));
                }
            }
        } finally {
            r.close();
        }
        return new Celopmaak(opmaak, formaten);
    }

    /** An xsd:unsignedInt attribute; an absent optional one reads as 0, as XMLBeans gives. */
    private static long getal(String w, boolean optioneel) throws NietStroombaar {
        if (w == null && optioneel) return 0;
        if (w == null || !GETAL.matcher(w).matches() || Long.parseLong(w) > 0xFFFF_FFFFL) throw new NietStroombaar("geen getal: " + w);
        return Long.parseLong(w);
    }
}
