package nl.regietafel.ingest.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Reads a workbook's sheets without POI's usermodel: with StAX the shared strings
 * ({@link GedeeldeTeksten}), the styles' number formats ({@link Celopmaak}) and the date system
 * from workbook.xml, then each sheet with {@link Bladstroom}.
 * Throws {@link NietStroombaar} for a workbook the usermodel should read instead.
 */
final class Stroomlezer {

    private static final XMLInputFactory STAX = XMLHelper.newXMLInputFactory();

    private Stroomlezer() {
    }

    /** The sheets, or null when a limit was exceeded (the FOUT is then in {@code m}). */
    static List<Werkblad> lees(OPCPackage pakket, List<String> namen, List<PackagePart> delen, Meldingenlijst m) throws Exception {
        PackageRelationship kern = pakket.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (kern == null) throw new NietStroombaar("geen werkmap");
        PackagePart werkmap = pakket.getPart(kern);
        if (werkmap == null) throw new NietStroombaar("geen werkmap");
        PackagePart stijlen = enig(werkmap, XSSFRelation.STYLES.getRelation());
        if (stijlen == null) throw new NietStroombaar("geen stijlen");
        PackagePart teksten = enig(werkmap, XSSFRelation.SHARED_STRINGS.getRelation());
        // Without a shared-strings part the usermodel makes an empty table: so do we.
        Stijlen gedeeld = new Stijlen(teksten == null ? List.of() : gedeeldeTeksten(teksten), celopmaak(stijlen), datum1904(werkmap));
        Set<String> gezien = new HashSet<>();
        for (PackagePart d : delen) {
            if (!XSSFRelation.WORKSHEET.getContentType().equals(d.getContentType())) throw new NietStroombaar("geen werkblad: " + d.getContentType());
            if (!gezien.add(d.getPartName().getName())) throw new NietStroombaar("twee bladen, één onderdeel");
        }
        List<Werkblad> bladen = new ArrayList<>();
        for (int i = 0; i < delen.size(); i++) {
            try (InputStream in = delen.get(i).getInputStream()) {
                Werkblad w = Bladstroom.lees(in, namen.get(i), gedeeld, m);
                if (w == null) return null;
                bladen.add(w);
            }
        }
        return bladen;
    }

    private static Celopmaak celopmaak(PackagePart deel) throws Exception {
        try (InputStream in = deel.getInputStream()) {
            return Celopmaak.lees(in);
        }
    }

    private static List<String> gedeeldeTeksten(PackagePart deel) throws Exception {
        try (InputStream in = deel.getInputStream()) {
            return GedeeldeTeksten.lees(in);
        }
    }

    /** The one part related to the workbook by {@code type}; null when there is none. */
    private static PackagePart enig(PackagePart werkmap, String type) throws Exception {
        PackageRelationshipCollection rels = werkmap.getRelationshipsByType(type);
        if (rels.size() > 1) throw new NietStroombaar("meer dan één " + type);
        if (rels.size() == 0) return null;
        PackagePart p = werkmap.getRelatedPart(rels.getRelationship(0));
        if (p == null) throw new NietStroombaar("ontbrekend onderdeel " + type);
        return p;
    }

    /** {@code workbookPr/@date1904}, as XMLBeans reads an xsd:boolean. */
    private static boolean datum1904(PackagePart werkmap) throws Exception {
        try (InputStream in = werkmap.getInputStream()) {
            XMLStreamReader r = STAX.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                    if (!r.getLocalName().equals("workbookPr") || !Bladstroom.NS.equals(r.getNamespaceURI())) continue;
                    String w = r.getAttributeValue(null, "date1904");
                    if (w == null) return false;
                    return switch (w.strip()) {
                        case "true", "1" -> true;
                        case "false", "0" -> false;
                        default -> throw new NietStroombaar("date1904=" + w);
                    };
                }
                return false;
            } finally {
                r.close();
            }
        }
    }
}
