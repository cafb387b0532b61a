package nl.regietafel.report.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * A workbook of {@link Blad} tables that the tool writes itself ({@link XlsxWerkboek#tabellen}): the
 * sheets ({@link EigenBlad}), the shared strings, the print names and the charts in plain Java, every
 * part written as the text that POI writes for the same workbook and zipped as {@link Werkboekpakket}
 * zips it. POI's object model of a workbook (XML objects for every cell, style and chart) was half the
 * cost of each factsheet workbook. The styles are POI's own, made once per run.
 */
final class EigenWerkboek {

    static final String XML_KOP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL_PAD = REL + "/";
    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    /** A defined name of the workbook, in the order POI creates them. */
    private record Naam(String naam, int blad, boolean verborgen, String formule) {
    }

    /** The cell styles and their styles part, made once on a workbook of POI's own and only read afterwards. */
    private static final class Sjabloon {
        static final XlsxWerkboek.Stijlen STIJLEN;
        static final byte[] STIJLEN_XML;
        /** A workbook without sheets never made its styles. */
        static final byte[] ZONDER_STIJLEN_XML;

        static {
            Werkboekpakket wb = new Werkboekpakket();
            ZONDER_STIJLEN_XML = stijlenXml(wb);
            STIJLEN = new XlsxWerkboek.Stijlen(wb);
            STIJLEN_XML = stijlenXml(wb);
            wb.getPackage().revert();
        }

        private static byte[] stijlenXml(Werkboekpakket wb) {
            ByteArrayOutputStream uit = new ByteArrayOutputStream(4096);
            try {
                wb.getStylesSource().writeTo(uit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return uit.toByteArray();
        }
    }

    private final List<EigenBlad> bladen = new ArrayList<>();
    private final Map<String, Integer> teksten = new HashMap<>();
    private final List<String> tekstvolgorde = new ArrayList<>();
    private final List<Naam> namen = new ArrayList<>();
    private final String gemaakt;
    private boolean metStijlen;
    private int tekstcellen;
    private int grafieken;
    private int tekeningen;

    EigenWerkboek() {
        // as POI's PackagePropertiesPart: the moment the workbook was made, in UTC
        SimpleDateFormat w3c = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        w3c.setTimeZone(TimeZone.getTimeZone("UTC"));
        gemaakt = w3c.format(new Date());
    }

    XlsxWerkboek.Stijlen stijlen() {
        metStijlen = true;
        return Sjabloon.STIJLEN;
    }

    /** A new sheet; {@code naam} is already safe for Excel. As POI, a name is taken once, whatever its case. */
    EigenBlad blad(String naam) {
        for (EigenBlad b : bladen) {
            if (b.naam().equalsIgnoreCase(naam)) {
                throw new IllegalArgumentException("The workbook already contains a sheet named '" + naam + "'");
            }
        }
        EigenBlad blad = new EigenBlad(this, naam, bladen.size());
        bladen.add(blad);
        return blad;
    }

    /** As POI's shared strings table: every text cell counts, each text is kept once, in the order of first use. */
    int tekstnummer(String tekst) {
        tekstcellen++;
        Integer nummer = teksten.get(tekst);
        if (nummer == null) {
            nummer = tekstvolgorde.size();
            teksten.put(tekst, nummer);
            tekstvolgorde.add(tekst);
        }
        return nummer;
    }

    int grafieknummer() {
        return ++grafieken;
    }

    int tekeningnummer() {
        return ++tekeningen;
    }

    void naam(String naam, int blad, boolean verborgen, String formule) {
        namen.add(new Naam(naam, blad, verborgen, formule));
    }

    /** The whole package, zipped as {@link Werkboekpakket#schrijf} zips POI's. */
    void schrijf(ZipArchiveOutputStream zip, String titel, String auteur, String onderwerp, String trefwoorden) throws IOException {
        Map<PackagePartName, String> typen = new TreeMap<>();
        Map<PackagePartName, byte[]> delen = new TreeMap<>();
        Map<PackagePartName, List<Werkboekpakket.Relatie>> relaties = new HashMap<>();
        deel(typen, delen, "/docProps/app.xml", OOXML + "extended-properties+xml", app(auteur));
        deel(typen, delen, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                Werkboekpakket.kern(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(gemaakt), waarde(auteur),
                        Optional.empty(), Optional.empty(), waarde(trefwoorden), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), waarde(onderwerp), waarde(titel), Optional.empty()));
        deel(typen, delen, "/xl/sharedStrings.xml", OOXML + "spreadsheetml.sharedStrings+xml", teksten());
        PackagePartName stijlen = deel(typen, delen, "/xl/styles.xml", OOXML + "spreadsheetml.styles+xml", null);
        PackagePartName werkboek = deel(typen, delen, "/xl/workbook.xml", OOXML + "spreadsheetml.sheet.main+xml", werkboek());
        List<Werkboekpakket.Relatie> werkboekrelaties = new ArrayList<>(List.of(
                new Werkboekpakket.Relatie("rId1", REL_PAD + "sharedStrings", "sharedStrings.xml", false),
                new Werkboekpakket.Relatie("rId2", REL_PAD + "styles", "styles.xml", false)));
        for (EigenBlad blad : bladen) {
            String bestand = "sheet" + (blad.index() + 1) + ".xml";
            werkboekrelaties.add(new Werkboekpakket.Relatie("rId" + (blad.index() + 3), REL_PAD + "worksheet", "worksheets/" + bestand, false));
            PackagePartName bladnaam = deel(typen, delen, "/xl/worksheets/" + bestand, OOXML + "spreadsheetml.worksheet+xml", blad.xml());
            if (blad.grafieken().isEmpty()) continue;
            String tekening = "drawing" + blad.tekening() + ".xml";
            relaties.put(bladnaam, List.of(new Werkboekpakket.Relatie("rId1", REL_PAD + "drawing", "../drawings/" + tekening, false)));
            PackagePartName tekeningnaam = deel(typen, delen, "/xl/drawings/" + tekening, OOXML + "drawing+xml", Grafiekxml.tekening(blad.grafieken()));
            List<Werkboekpakket.Relatie> grafiekrelaties = new ArrayList<>();
            for (int i = 0; i < blad.grafieken().size(); i++) {
                Grafiekxml.Grafiek g = blad.grafieken().get(i);
                grafiekrelaties.add(new Werkboekpakket.Relatie("rId" + (i + 1), REL_PAD + "chart", "../charts/chart" + g.nummer() + ".xml", false));
                deel(typen, delen, "/xl/charts/chart" + g.nummer() + ".xml", OOXML + "drawingml.chart+xml", g.xml());
            }
            relaties.put(tekeningnaam, grafiekrelaties);
        }
        relaties.put(werkboek, werkboekrelaties);

        Werkboekpakket.item(zip, "[Content_Types].xml", Werkboekpakket.inhoudstypen(typen));
        Werkboekpakket.relatiesItem(zip, PackagingURIHelper.PACKAGE_RELATIONSHIPS_ROOT_PART_NAME, List.of(
                new Werkboekpakket.Relatie("rId1", REL_PAD + "officeDocument", "xl/workbook.xml", false),
                new Werkboekpakket.Relatie("rId2", REL_PAD + "extended-properties", "docProps/app.xml", false),
                new Werkboekpakket.Relatie("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml", false)));
        for (Map.Entry<PackagePartName, byte[]> deel : delen.entrySet()) {
            String naam = deel.getKey().getName().substring(1);
            Werkboekpakket.item(zip, naam, !deel.getKey().equals(stijlen) ? deel.getValue()
                    : metStijlen ? Sjabloon.STIJLEN_XML : Sjabloon.ZONDER_STIJLEN_XML);
            List<Werkboekpakket.Relatie> r = relaties.get(deel.getKey());
            if (r != null) Werkboekpakket.relatiesItem(zip, PackagingURIHelper.getRelationshipPartName(deel.getKey()), r);
        }
        zip.finish();
    }

    private static Optional<String> waarde(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static PackagePartName deel(Map<PackagePartName, String> typen, Map<PackagePartName, byte[]> delen, String naam,
                                        String type, String xml) {
        try {
            PackagePartName deel = PackagingURIHelper.createPartName(naam);
            typen.put(deel, type);
            delen.put(deel, xml == null ? null : xml.getBytes(StandardCharsets.UTF_8));
            return deel;
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(naam, e);
        }
    }

    private static String app(String auteur) {
        StringBuilder x = new StringBuilder(256).append(XML_KOP)
                .append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                        + "<Application>Apache POI</Application>");
        if (auteur != null) Xmltekst.element(x, "Company", auteur);
        return x.append("</Properties>").toString();
    }

    /** As POI's SharedStringsTable: a text with leading or trailing whitespace keeps it with xml:space. */
    private String teksten() {
        StringBuilder x = new StringBuilder(128 + 48 * tekstvolgorde.size()).append(XML_KOP).append("<sst count=\"")
                .append(tekstcellen).append("\" uniqueCount=\"").append(tekstvolgorde.size()).append("\" xmlns=\"").append(MAIN).append('"');
        if (tekstvolgorde.isEmpty()) return x.append("/>").toString();
        x.append('>');
        for (String t : tekstvolgorde) {
            boolean behoud = !t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)));
            x.append("<si>");
            if (behoud) {
                x.append("<t xml:space=\"preserve\">").append(Xmltekst.tekstZonderCdata(t)).append("</t>");
            } else {
                x.append(t.isEmpty() ? "<t/>" : "<t>" + Xmltekst.tekstZonderCdata(t) + "</t>");
            }
            x.append("</si>");
        }
        return x.append("</sst>").toString();
    }

    private String werkboek() {
        StringBuilder x = new StringBuilder(1024).append(XML_KOP).append("<workbook xmlns=\"").append(MAIN).append('"');
        // as XMLBeans: a namespace is declared only where a sheet's relationship uses it
        if (!bladen.isEmpty()) x.append(" xmlns:r=\"").append(REL).append('"');
        x.append("><workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>");
        if (bladen.isEmpty()) {
            x.append("<sheets/>");
        } else {
            x.append("<sheets>");
            for (EigenBlad b : bladen) {
                x.append("<sheet name=\"").append(Xmltekst.attribuut(b.naam())).append("\" r:id=\"rId").append(b.index() + 3)
                        .append("\" sheetId=\"").append(b.index() + 1).append("\"/>");
            }
            x.append("</sheets>");
        }
        if (!namen.isEmpty()) {
            x.append("<definedNames>");
            for (Naam n : namen) {
                x.append("<definedName name=\"").append(n.naam()).append("\" localSheetId=\"").append(n.blad()).append('"');
                if (n.verborgen()) x.append(" hidden=\"true\"");
                x.append('>').append(Xmltekst.tekst(n.formule())).append("</definedName>");
            }
            x.append("</definedNames>");
        }
        return x.append("</workbook>").toString();
    }
}
