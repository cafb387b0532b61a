package nl.regietafel.ingest.excel;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An untrusted xlsx, opened safely: magic bytes and size first, then the package from a File
 * (read-only), then a streaming check of every XML part for a DOCTYPE, then each sheet in one
 * StAX pass that counts its rows and cells against the limits (zip-bomb limits enforced while
 * inflating) and keeps its cells ({@link Bladstroom}). A sheet that pass does not read exactly
 * as POI's usermodel would is left to the usermodel, after the same row count as before.
 * Every Throwable from POI, StackOverflowError included, becomes a FOUT.
 */
public final class VeiligeWerkmap implements AutoCloseable {

    private static final XMLInputFactory STAX = XMLHelper.newXMLInputFactory();

    private final OPCPackage pakket;
    private final List<Werkblad> bladen;
    private final boolean gestroomd;

    private VeiligeWerkmap(OPCPackage pakket, List<Werkblad> bladen, boolean gestroomd) {
        this.pakket = pakket;
        this.bladen = bladen;
        this.gestroomd = gestroomd;
    }

    /** A sheet of the workbook: its name and its part. */
    private record Bladdeel(String naam, PackagePart deel) {
    }

    /** Opens {@code bestand}; on refusal adds a FOUT to {@code m} and returns empty. */
    public static Optional<VeiligeWerkmap> open(Path bestand, Meldingenlijst m) {
        return open(bestand, m, true);
    }

    /** With {@code stromen} false the usermodel reads every sheet: for tests that compare the two. */
    static Optional<VeiligeWerkmap> open(Path bestand, Meldingenlijst m, boolean stromen) {
        ExcelLimieten.stelIn();
        if (!Bestandscontrole.isWerkmap(bestand, m)) return Optional.empty();
        OPCPackage pakket;
        try {
            pakket = OPCPackage.open(bestand.toFile(), PackageAccess.READ);
        } catch (Throwable t) {
            m.fout(null, null, null, vertaal(t, "is beschadigd of onvolledig: geen geldig Excel-bestand (.xlsx)"));
            return Optional.empty();
        }
        String[] blad = new String[1]; // the sheet being scanned, for the message when POI throws mid-scan
        try {
            List<Bladdeel> delen = bladdelen(pakket);
            controleerDoctypes(pakket, delen, m, blad);
            if (m.heeftFouten()) {
                sluitStil(pakket);
                return Optional.empty();
            }
            List<Werkblad> gestroomd = null;
            try {
                if (stromen) gestroomd = Stroomlezer.lees(pakket, delen.stream().map(Bladdeel::naam).toList(),
                        delen.stream().map(Bladdeel::deel).toList(), m);
            } catch (Throwable t) {
                gestroomd = null; // not ours to read, or broken: the usermodel reads it, or says what is wrong, as it always did
            }
            if (m.heeftFouten()) {
                sluitStil(pakket);
                return Optional.empty();
            }
            if (gestroomd != null) return Optional.of(new VeiligeWerkmap(pakket, gestroomd, true));
            for (Map.Entry<String, String> e : bladnamen(delen).entrySet()) {
                blad[0] = e.getValue();
                PackagePart p = pakket.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(e.getKey()));
                try (InputStream in = p.getInputStream()) {
                    telRijen(in, blad[0], m);
                }
                if (m.heeftFouten()) {
                    sluitStil(pakket);
                    return Optional.empty();
                }
            }
            blad[0] = null;
            return Optional.of(new VeiligeWerkmap(pakket, uitUsermodel(new XSSFWorkbook(pakket)), false));
        } catch (Throwable t) {
            m.fout(blad[0], null, null, vertaal(t, "is beschadigd: het Excel-bestand kon niet gelezen worden"));
            sluitStil(pakket);
            return Optional.empty();
        }
    }

    /** The usermodel's sheets as {@link Werkblad}s: the same rows and cells, read through {@link PoiCel}. */
    private static List<Werkblad> uitUsermodel(XSSFWorkbook werkmap) {
        List<Werkblad> bladen = new ArrayList<>();
        for (Sheet s : werkmap) {
            Werkblad w = new Werkblad(s.getSheetName());
            for (Row r : s) {
                Rij rij = w.nieuweRij(r.getRowNum());
                for (Cell c : r) rij.zet(new PoiCel(c));
            }
            bladen.add(w);
        }
        return bladen;
    }

    /** The sheets in workbook order, with their parts (workbook.xml is parsed by POI, which refuses DOCTYPE). */
    private static List<Bladdeel> bladdelen(OPCPackage pakket) throws Exception {
        XSSFReader lezer = new XSSFReader(pakket);
        List<Bladdeel> delen = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) lezer.getSheetsData();
        while (it.hasNext()) {
            it.next().close();
            delen.add(new Bladdeel(it.getSheetName(), it.getSheetPart()));
        }
        return delen;
    }

    /** Sheet name per part name, in workbook order. */
    private static Map<String, String> bladnamen(List<Bladdeel> delen) {
        Map<String, String> bladnamen = new LinkedHashMap<>();
        for (Bladdeel d : delen) bladnamen.put(d.deel().getPartName().getName(), d.naam());
        return bladnamen;
    }

    /** Streams the start of every XML part: rejects DOCTYPE, naming the sheet when the part is one. */
    private static void controleerDoctypes(OPCPackage pakket, List<Bladdeel> delen, Meldingenlijst m, String[] blad) throws Exception {
        Map<String, String> bladnamen = bladnamen(delen);
        for (PackagePart p : pakket.getParts()) {
            String type = p.getContentType();
            // Core properties were already parsed by POI on open (DOCTYPE refused there).
            if (p.isRelationshipPart() || p instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart
                    || type == null || !type.contains("xml")) continue;
            String onderdeel = p.getPartName().getName();
            blad[0] = bladnamen.get(onderdeel);
            try (InputStream in = p.getInputStream()) {
                if (heeftDoctype(in)) {
                    m.fout(blad[0], null, null, "bevat XML met een DOCTYPE of entiteiten (onderdeel " + onderdeel
                            + "); dat is niet toegestaan");
                    return;
                }
            }
        }
        blad[0] = null;
    }

    private static boolean heeftDoctype(InputStream in) throws Exception {
        XMLStreamReader r = STAX.createXMLStreamReader(in);
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE || e == XMLStreamConstants.ENTITY_DECLARATION) return true;
                if (e == XMLStreamConstants.START_ELEMENT) return false;
            }
            return false;
        } finally {
            r.close();
        }
    }

    private static void telRijen(InputStream in, String blad, Meldingenlijst m) throws Exception {
        XMLStreamReader r = STAX.createXMLStreamReader(in);
        Bladteller teller = new Bladteller(blad);
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (!teller.zonderDoctype(e, m)) return;
                if (e == XMLStreamConstants.START_ELEMENT && !teller.binnenLimieten(r.getLocalName(), m)) return;
            }
        } finally {
            r.close();
        }
    }

    /** A Dutch message for whatever POI threw. */
    static String vertaal(Throwable t, String standaard) {
        StringBuilder alles = new StringBuilder();
        for (Throwable c = t; c != null && alles.length() < 4000; c = c.getCause()) {
            alles.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(" | ");
        }
        String s = alles.toString();
        String l = s.toLowerCase(java.util.Locale.ROOT);
        if (t instanceof StackOverflowError) return "is te diep geneste XML (StackOverflowError); het bestand is geweigerd";
        if (t instanceof OutOfMemoryError) return "vraagt te veel geheugen (OutOfMemoryError); het bestand is geweigerd";
        if (l.contains("zip bomb")) {
            return "lijkt een zip-bom: een onderdeel pakt uit tot veel meer dan toegestaan (maximaal "
                    + ExcelLimieten.MAX_ONDERDEELGROOTTE / (1024 * 1024) + " MB, verhouding minstens 1:"
                    + Math.round(1 / ExcelLimieten.MIN_INFLATE_RATIO) + "); het bestand is geweigerd";
        }
        if (l.contains("file count") || l.contains("maxfilecount") || l.contains("entries")) {
            return "bevat te veel onderdelen (meer dan " + ExcelLimieten.MAX_ONDERDELEN + "); het bestand is geweigerd";
        }
        if (l.contains("doctype") || l.contains("entity") || l.contains("entiteit")) {
            return Bladteller.DOCTYPE;
        }
        if (l.contains("maximum length") || l.contains("byte array") || l.contains("recordformatexception")) {
            return "bevat een onderdeel dat groter is dan toegestaan; het bestand is geweigerd";
        }
        String kort = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        if (kort.length() > 200) kort = kort.substring(0, 200) + "…";
        return standaard + " (" + kort + ")";
    }

    private static void sluitStil(OPCPackage pakket) {
        try {
            pakket.revert();
        } catch (Throwable ignored) {
            // nothing more to do for a file we refuse
        }
    }

    /** Whether the sheets were read by the streaming reader (false: by POI's usermodel). */
    boolean gestroomd() {
        return gestroomd;
    }

    /** The first sheet; as POI, an IllegalArgumentException for a workbook without sheets. */
    public Werkblad eersteBlad() {
        if (bladen.isEmpty()) throw new IllegalArgumentException("Sheet index (0) is out of range (no sheets)");
        return bladen.get(0);
    }

    public List<String> bladnamen() {
        return bladen.stream().map(Werkblad::getSheetName).toList();
    }

    /** The first sheet whose name matches one of the synonyms (ignoring case, accents, spacing). */
    public Optional<Werkblad> blad(List<String> synoniemen) {
        for (String s : synoniemen) {
            for (Werkblad w : bladen) {
                if (Kopregel.sleutel(w.getSheetName()).equals(Kopregel.sleutel(s))) return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    public Optional<Werkblad> blad(String naam) {
        return blad(List.of(naam));
    }

    @Override
    public void close() {
        sluitStil(pakket);
    }
}
