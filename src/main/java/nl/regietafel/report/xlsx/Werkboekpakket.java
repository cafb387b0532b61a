package nl.regietafel.report.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * POI's workbook, zipped without POI's writer for the package's own small parts. POI writes
 * {@code [Content_Types].xml} and every relationships part by building a DOM and serialising it
 * through a new XSLT transformer, made by a new {@code TransformerFactory} each time: about 0,3 ms
 * a part, 2 % of a national month's CPU. Here those parts are written as text, the same bytes
 * POI writes (WerkboekpakketTest compares every entry of both), {@code docProps/core.xml}
 * included. The parts themselves (sheets, styles, shared strings, charts) are serialised by POI
 * as always.
 */
public final class Werkboekpakket extends XSSFWorkbook {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String W3CDTF = "dcterms:W3CDTF";

    /** A relationship as written: its target already made relative to its source part. */
    record Relatie(String id, String type, String doel, boolean extern) {
    }

    /** A new workbook with the tool's shared strings table ({@link Werkboekdelen}). */
    public Werkboekpakket() {
        super(Werkboekdelen.FABRIEK);
    }

    /**
     * As {@link #write(OutputStream)} into a zip: every part commits its XML ({@code onSave}, then
     * the document properties), then the package is zipped as POI's {@code ZipPackage.saveImpl}
     * zips it, in the same order. The package itself is left as it was.
     */
    public void schrijf(ZipArchiveOutputStream zip) throws IOException {
        onSave(new HashSet<>());
        getProperties().commit();
        try {
            zip(getPackage(), zip);
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        zip.finish();
    }

    private static void zip(OPCPackage pakket, ZipArchiveOutputStream zip) throws IOException, OpenXML4JException {
        PackagePropertiesPart kern = (PackagePropertiesPart) pakket.getPackageProperties();
        // POI adds the core properties to a new package when it first saves it: here only to what is written
        boolean kernErbij = pakket.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES).isEmpty()
                && pakket.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES_ECMA376).isEmpty();
        Map<PackagePartName, PackagePart> delen = new TreeMap<>();
        for (PackagePart deel : pakket.getParts()) {
            if (!deel.isRelationshipPart()) delen.put(deel.getPartName(), deel);
        }
        if (kernErbij) delen.put(kern.getPartName(), kern);

        Map<PackagePartName, String> typen = new TreeMap<>();
        delen.forEach((naam, deel) -> typen.put(naam, deel.getContentType()));
        item(zip, "[Content_Types].xml", inhoudstypen(typen));

        PackagePartName pakketRelaties = PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME;
        List<Relatie> relaties = relaties(pakket.getRelationships(), pakketRelaties);
        if (kernErbij) {
            relaties.add(new Relatie(vrijId(relaties), PackageRelationshipTypes.CORE_PROPERTIES,
                    relatief(pakketRelaties, kern.getPartName().getURI()), false));
        }
        relatiesItem(zip, pakketRelaties, relaties);

        for (PackagePart deel : delen.values()) {
            if (deel == kern) {
                item(zip, ZipHelper.getZipItemNameFromOPCName(kern.getPartName().getURI().toString()), kern(kern));
                continue;
            }
            // as POI: an empty shared strings table is left out
            if (deel.getSize() == 0 && deel.getPartName().getName().equals(XSSFRelation.SHARED_STRINGS.getDefaultFileName())) {
                continue;
            }
            ZipArchiveEntry item = new ZipArchiveEntry(ZipHelper.getZipItemNameFromOPCName(deel.getPartName().getURI().getPath()));
            ZipHelper.adjustEntryTime(item);
            zip.putArchiveEntry(item);
            try (InputStream in = deel.getInputStream()) {
                in.transferTo(zip);
            } finally {
                zip.closeArchiveEntry();
            }
            if (deel.hasRelationships()) {
                PackagePartName naam = PackagingURIHelper.getRelationshipPartName(deel.getPartName());
                relatiesItem(zip, naam, relaties(deel.getRelationships(), naam));
            }
        }
    }

    /**
     * POI's choice ({@code ContentTypeManager.addContentType}, starting from the two defaults a new
     * package has): an extension's first content type becomes its default unless the extension or
     * the type is taken already; every other part gets an override.
     */
    static String inhoudstypen(Map<PackagePartName, String> delen) {
        Map<String, String> standaard = new TreeMap<>();
        standaard.put("rels", ContentTypes.RELATIONSHIPS_PART);
        standaard.put("xml", ContentTypes.PLAIN_OLD_XML);
        Map<PackagePartName, String> apart = new TreeMap<>();
        for (Map.Entry<PackagePartName, String> deel : delen.entrySet()) {
            String type = deel.getValue();
            String extensie = deel.getKey().getExtension().toLowerCase(Locale.ROOT);
            boolean typeBekend = standaard.containsValue(type);
            boolean extensieBekend = standaard.containsKey(extensie);
            if (extensie.isEmpty() || (extensieBekend && !typeBekend) || (!extensieBekend && typeBekend)) {
                apart.put(deel.getKey(), type);
            } else if (!typeBekend) {
                standaard.put(extensie, type);
            }
        }
        StringBuilder xml = new StringBuilder(2048).append(XML)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        standaard.forEach((extensie, type) -> xml.append("<Default ContentType=\"").append(attribuut(type))
                .append("\" Extension=\"").append(attribuut(extensie)).append("\"/>"));
        apart.forEach((naam, type) -> xml.append("<Override ContentType=\"").append(attribuut(type))
                .append("\" PartName=\"").append(attribuut(naam.getName())).append("\"/>"));
        return xml.append("</Types>").toString();
    }

    /** As POI's {@code PackagePropertiesMarshaller}: the properties that are set, in its order. */
    private static String kern(PackagePropertiesPart p) {
        return kern(p.getCategoryProperty(), p.getContentStatusProperty(), p.getContentTypeProperty(),
                p.getCreatedProperty().map(d -> p.getCreatedPropertyString()), p.getCreatorProperty(),
                p.getDescriptionProperty(), p.getIdentifierProperty(), p.getKeywordsProperty(), p.getLanguageProperty(),
                p.getLastModifiedByProperty(), p.getLastPrintedProperty().map(d -> p.getLastPrintedPropertyString()),
                p.getModifiedProperty().map(d -> p.getModifiedPropertyString()), p.getRevisionProperty(),
                p.getSubjectProperty(), p.getTitleProperty(), p.getVersionProperty());
    }

    /** The core properties in the marshaller's order; dates already as W3CDTF text. */
    static String kern(Optional<String> categorie, Optional<String> status, Optional<String> soort, Optional<String> gemaakt,
                       Optional<String> maker, Optional<String> beschrijving, Optional<String> kenmerk,
                       Optional<String> trefwoorden, Optional<String> taal, Optional<String> gewijzigdDoor,
                       Optional<String> afgedrukt, Optional<String> gewijzigd, Optional<String> revisie,
                       Optional<String> onderwerp, Optional<String> titel, Optional<String> versie) {
        StringBuilder xml = new StringBuilder(1024).append(XML).append("<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        eigenschap(xml, "cp:category", null, categorie);
        eigenschap(xml, "cp:contentStatus", null, status);
        eigenschap(xml, "cp:contentType", null, soort);
        eigenschap(xml, "dcterms:created", W3CDTF, gemaakt);
        eigenschap(xml, "dc:creator", null, maker);
        eigenschap(xml, "dc:description", null, beschrijving);
        eigenschap(xml, "dc:identifier", null, kenmerk);
        eigenschap(xml, "cp:keywords", null, trefwoorden);
        eigenschap(xml, "dc:language", null, taal);
        eigenschap(xml, "cp:lastModifiedBy", null, gewijzigdDoor);
        eigenschap(xml, "cp:lastPrinted", null, afgedrukt);
        eigenschap(xml, "dcterms:modified", W3CDTF, gewijzigd);
        eigenschap(xml, "cp:revision", null, revisie);
        eigenschap(xml, "dc:subject", null, onderwerp);
        eigenschap(xml, "dc:title", null, titel);
        eigenschap(xml, "cp:version", null, versie);
        return xml.append("</cp:coreProperties>").toString();
    }

    private static void eigenschap(StringBuilder xml, String naam, String xsiType, Optional<String> waarde) {
        if (waarde.isEmpty()) return;
        xml.append('<').append(naam);
        if (xsiType != null) xml.append(" xsi:type=\"").append(xsiType).append('"');
        if (waarde.get().isEmpty()) {
            xml.append("/>");
        } else {
            xml.append('>').append(ontsnapt(waarde.get(), false)).append("</").append(naam).append('>');
        }
    }

    /** As POI's {@code ZipPartMarshaller.marshallRelationshipPart}: external and hyperlink targets as given, others relative. */
    private static List<Relatie> relaties(Iterable<PackageRelationship> bron, PackagePartName relatiesNaam) {
        List<Relatie> relaties = new ArrayList<>();
        for (PackageRelationship r : bron) {
            boolean extern = r.getTargetMode() == TargetMode.EXTERNAL;
            boolean zoals = extern || PackageRelationshipTypes.HYPERLINK_PART.equals(r.getRelationshipType());
            String doel = zoals ? r.getTargetURI().toString() : relatief(relatiesNaam, r.getTargetURI());
            relaties.add(new Relatie(r.getId(), r.getRelationshipType(), doel, extern));
        }
        return relaties;
    }

    private static String relatief(PackagePartName relatiesNaam, URI doel) {
        URI bron = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(relatiesNaam.getURI());
        return PackagingURIHelper.relativizeURI(bron, doel, true).toString();
    }

    /** As POI numbers a new relationship: from the count plus one, the first id not in use. */
    private static String vrijId(List<Relatie> relaties) {
        Set<String> bezet = new HashSet<>();
        relaties.forEach(r -> bezet.add(r.id()));
        int n = relaties.size() + 1;
        while (bezet.contains("rId" + n)) n++;
        return "rId" + n;
    }

    static void relatiesItem(ZipArchiveOutputStream zip, PackagePartName naam, List<Relatie> relaties) throws IOException {
        StringBuilder xml = new StringBuilder(256 + 160 * relaties.size()).append(XML)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Relatie r : relaties) {
            // attributes in the order POI's transformer writes them: by name
            xml.append("<Relationship Id=\"").append(attribuut(r.id())).append("\" Target=\"").append(attribuut(r.doel()));
            if (r.extern()) xml.append("\" TargetMode=\"External");
            xml.append("\" Type=\"").append(attribuut(r.type())).append("\"/>");
        }
        xml.append("</Relationships>");
        item(zip, ZipHelper.getZipURIFromOPCName(naam.getURI().toASCIIString()).getPath(), xml.toString());
    }

    static void item(ZipArchiveOutputStream zip, String naam, String xml) throws IOException {
        item(zip, naam, xml.getBytes(StandardCharsets.UTF_8));
    }

    static void item(ZipArchiveOutputStream zip, String naam, byte[] inhoud) throws IOException {
        ZipArchiveEntry item = new ZipArchiveEntry(naam);
        ZipHelper.adjustEntryTime(item);
        zip.putArchiveEntry(item);
        zip.write(inhoud);
        zip.closeArchiveEntry();
    }

    static String attribuut(String waarde) {
        return ontsnapt(waarde, true);
    }

    /**
     * Escaped as the JDK's XML serializer writes text ({@code attribuut} false) or an attribute value:
     * markup characters as entities; a carriage return (and in an attribute a tab and a newline),
     * the C1 controls and every character beyond the BMP as a character reference.
     */
    static String ontsnapt(String waarde, boolean attribuut) {
        StringBuilder uit = null;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            int teken = c;
            if (Character.isHighSurrogate(c) && i + 1 < waarde.length() && Character.isLowSurrogate(waarde.charAt(i + 1))) {
                teken = waarde.codePointAt(i);
            }
            String vervanging = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribuut ? "&quot;" : null;
                case '\t', '\n' -> attribuut ? "&#" + teken + ";" : null;
                case '\r' -> "&#13;";
                default -> (c >= 0x7F && c <= 0x9F) || teken > 0xFFFF ? "&#" + teken + ";" : null;
            };
            if (vervanging != null && uit == null) uit = new StringBuilder(waarde.length() + 16).append(waarde, 0, i);
            if (uit != null) {
                if (vervanging != null) uit.append(vervanging);
                else uit.append(c);
            }
            if (teken > 0xFFFF) i++;
        }
        return uit == null ? waarde : uit.toString();
    }
}
