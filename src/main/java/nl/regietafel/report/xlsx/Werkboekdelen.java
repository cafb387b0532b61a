package nl.regietafel.report.xlsx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The parts of a new workbook as POI makes them, except its shared strings: a {@link Tekstentabel}
 * (POI's own way to put another shared strings table in a workbook: {@code new XSSFWorkbook(factory)}).
 */
final class Werkboekdelen extends XSSFFactory {

    static final Werkboekdelen FABRIEK = new Werkboekdelen();

    private Werkboekdelen() {
    }

    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation relatie) {
        return relatie == XSSFRelation.SHARED_STRINGS ? new Tekstentabel() : super.newDocumentPart(relatie);
    }
}
