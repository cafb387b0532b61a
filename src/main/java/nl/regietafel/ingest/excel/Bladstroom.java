package nl.regietafel.ingest.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * One pass of StAX over one worksheet part: counts rows and cells against the limits (every
 * {@code row} and {@code c} element, as the pre-scan always did) and keeps the cells of
 * {@code sheetData} in a {@link Werkblad}. What it does not read exactly as POI's usermodel
 * would (shared, array or data-table formulas, rows or cells without a reference, overlapping
 * column styles, unknown cell types) it refuses with {@link NietStroombaar}.
 */
final class Bladstroom {

    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final XMLInputFactory STAX = XMLHelper.newXMLInputFactory();
    private static final Pattern RIJNUMMER = Pattern.compile("[1-9]\\d{0,6}");
    private static final Pattern CELVERWIJZING = Pattern.compile("([A-Z]{1,3})[1-9]\\d{0,6}");
    private static final Pattern STIJLNUMMER = Pattern.compile("\\d{1,9}");
    private static final int MAX_RIJNUMMER = 1_048_576;
    private static final int MAX_KOLOM = 16_383;
    private static final Set<String> CELTYPEN = Set.of("n", "s", "str", "inlineStr", "b", "e");

    private final String naam;
    private final Stijlen stijlen;
    private final Werkblad blad;
    private final List<Kolomstijl> kolomstijlen = new ArrayList<>();
    private final List<Ruw> ruw = new ArrayList<>();

    /** A column range's default style, from {@code <cols><col min max style>}. */
    private record Kolomstijl(long min, long max, int stijl) {
    }

    /** A cell as read, its style resolved once the whole sheet (with its column styles) is known. */
    private record Ruw(Rij rij, int kolom, String t, String v, String tekst, String formule, int stijl) {
    }

    private Bladstroom(String naam, Stijlen stijlen) {
        this.naam = naam;
        this.stijlen = stijlen;
        this.blad = new Werkblad(naam);
    }

    /** The sheet, or null when a limit was exceeded (the FOUT is then in {@code m}). */
    static Werkblad lees(InputStream in, String naam, Stijlen stijlen, Meldingenlijst m) throws Exception {
        return new Bladstroom(naam, stijlen).lees(in, m);
    }

    private Werkblad lees(InputStream in, Meldingenlijst m) throws Exception {
        XMLStreamReader r = STAX.createXMLStreamReader(in);
        Bladteller teller = new Bladteller(naam);
        int diepte = 0;
        Rij rij = null;
        Cel_ cel = null;
        StringBuilder tekst = null; // the text of the element being collected
        String wat = null;          // which element: v, f, t (inline), rt (inline run)
        int inline = 0;             // 1 inside <is>, 0 outside
        String deel = null;         // the open element directly under worksheet (sheetData, cols, ...)
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (!teller.zonderDoctype(e, m)) return null;
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String el = r.getLocalName();
                    if (!teller.binnenLimieten(el, m)) return null;
                    diepte++;
                    if (tekst != null) throw new NietStroombaar("element in " + wat);
                    boolean eigen = NS.equals(r.getNamespaceURI());
                    if (diepte == 1) {
                        if (!eigen || !el.equals("worksheet")) throw new NietStroombaar("geen worksheet");
                    } else if (!eigen) {
                        if (diepte == 2) deel = null;
                        continue; // other namespaces (extensions, markup compatibility): not the usermodel's cells either
                    } else if (diepte == 2) {
                        deel = el;
                    } else if (diepte == 3 && el.equals("col") && "cols".equals(deel)) {
                        kolomstijl(r);
                    } else if (diepte == 3 && el.equals("row") && "sheetData".equals(deel)) {
                        rij = blad.nieuweRij(rijnummer(r.getAttributeValue(null, "r")));
                    } else if (diepte == 4 && el.equals("c") && rij != null) {
                        cel = new Cel_(r);
                    } else if (diepte == 5 && cel != null) {
                        switch (el) {
                            case "v" -> { if (cel.v != null) throw new NietStroombaar("twee keer v"); wat = "v"; tekst = new StringBuilder(); }
                            case "f" -> { cel.formule(r); wat = "f"; tekst = new StringBuilder(); }
                            case "is" -> { if (cel.inline != null) throw new NietStroombaar("twee keer is"); cel.inline = new RijkeTekst(); inline = 1; }
                            default -> { }
                        }
                    } else if (inline > 0 && diepte == 6 && el.equals("t")) {
                        wat = "t";
                        tekst = new StringBuilder();
                    } else if (inline > 0 && diepte == 6 && el.equals("r")) {
                        cel.inline.beginRun();
                    } else if (inline > 0 && diepte == 7 && el.equals("t") && cel.inline.inRun()) {
                        wat = "rt";
                        tekst = new StringBuilder();
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (tekst != null) {
                        String s = tekst.toString();
                        switch (wat) {
                            case "v" -> cel.v = s;
                            case "f" -> cel.f = s;
                            case "t" -> cel.inline.direct(s);
                            default -> cel.inline.runTekst(s);
                        }
                        tekst = null;
                        wat = null;
                    } else if (inline > 0 && diepte == 6 && cel.inline.inRun()) {
                        cel.inline.eindRun();
                    } else if (diepte == 5 && inline > 0) {
                        inline = 0;
                    } else if (diepte == 4 && cel != null) {
                        cel.bewaar(rij);
                        cel = null;
                    } else if (diepte == 3) {
                        rij = null;
                    }
                    diepte--;
                } else if (tekst != null && RijkeTekst.isTekst(e)) {
                    tekst.append(r.getText());
                }
            }
        } finally {
            r.close();
        }
        for (Ruw c : ruw) {
            c.rij().zet(new RuweCel(c.kolom(), c.t(), c.v(), c.tekst(), c.formule(), stijlen.isDatum(c.stijl(), kolomstijl(c.kolom())),
                    stijlen.datum1904()));
        }
        return blad;
    }

    private void kolomstijl(XMLStreamReader r) throws NietStroombaar {
        long min = getal(r.getAttributeValue(null, "min"));
        long max = getal(r.getAttributeValue(null, "max"));
        String s = r.getAttributeValue(null, "style");
        int stijl = s == null ? 0 : (int) getal(s);
        if (min < 1 || max < min) throw new NietStroombaar("kolombereik");
        for (Kolomstijl k : kolomstijlen) {
            if (min <= k.max() && k.min() <= max) throw new NietStroombaar("overlappende kolommen");
        }
        kolomstijlen.add(new Kolomstijl(min, max, stijl));
    }

    /** The column's default style as POI's ColumnHelper finds it; -1 when no column range covers it. */
    private int kolomstijl(int kolom) {
        for (Kolomstijl k : kolomstijlen) {
            if (k.min() <= kolom + 1 && kolom + 1 <= k.max()) return k.stijl();
        }
        return -1;
    }

    private static long getal(String s) throws NietStroombaar {
        if (s == null || !STIJLNUMMER.matcher(s).matches()) throw new NietStroombaar("geen getal: " + s);
        return Long.parseLong(s);
    }

    private static int rijnummer(String r) throws NietStroombaar {
        if (r == null || !RIJNUMMER.matcher(r).matches() || Integer.parseInt(r) > MAX_RIJNUMMER) throw new NietStroombaar("rijnummer " + r);
        return Integer.parseInt(r) - 1;
    }

    /** The cell being read. */
    private final class Cel_ {
        private final int kolom;
        private final String t;
        private final int stijl;
        private String v;
        private String f;
        private boolean heeftFormule;
        private RijkeTekst inline;

        Cel_(XMLStreamReader r) throws NietStroombaar {
            String ref = r.getAttributeValue(null, "r");
            Matcher m = ref == null ? null : CELVERWIJZING.matcher(ref);
            if (m == null || !m.matches()) throw new NietStroombaar("celverwijzing " + ref);
            kolom = CellReference.convertColStringToIndex(m.group(1));
            if (kolom > MAX_KOLOM) throw new NietStroombaar("kolom " + ref);
            String type = r.getAttributeValue(null, "t");
            t = type == null ? "n" : type;
            if (!CELTYPEN.contains(t)) throw new NietStroombaar("celtype " + t);
            String s = r.getAttributeValue(null, "s");
            stijl = s == null ? -1 : (int) getal(s);
        }

        void formule(XMLStreamReader r) throws NietStroombaar {
            String type = r.getAttributeValue(null, "t");
            if (heeftFormule || (type != null && !type.equals("normal"))) throw new NietStroombaar("formule van type " + type);
            heeftFormule = true;
        }

        void bewaar(Rij rij) {
            String tekst = switch (t) {
                case "inlineStr" -> inline != null ? inline.tekst() : v != null ? v : "";
                case "str" -> v != null ? v : "";
                case "s" -> stijlen.gedeeldeTekst(v);
                default -> null;
            };
            ruw.add(new Ruw(rij, kolom, t, v, tekst, heeftFormule ? f : null, stijl));
        }
    }
}
