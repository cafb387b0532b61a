package nl.regietafel.report.xlsx;

import nl.regietafel.report.AtomischBestand;
import nl.regietafel.report.Compressie;
import nl.regietafel.report.PdfEigenschappen;
import nl.regietafel.report.RenderFout;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One XLSX document: its cell styles (created once per workbook), its sheets ({@link Blad})
 * and its document properties. Not thread-safe; make one per document (a few ms).
 *
 * <pre>{@code
 * try (XlsxWerkboek wb = new XlsxWerkboek("Maandpakket december 2022").onderwerp("Twente").auteur(kop.regietafel())) {
 *     wb.blad("Gemeenten")
 *       .titel("Opgave en realisatie per gemeente")
 *       .kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Opgave"), Kolom.geheel("Realisatie"))
 *       .rij("Almelo", 120, 98)
 *       .totaal("Totaal")
 *       .staafgrafiek("Opgave en realisatie", 0, 1, 2);
 *     wb.opslaan(Path.of("output/2022-12/maandpakket.xlsx"));
 * }
 * }</pre>
 */
public final class XlsxWerkboek implements AutoCloseable {

    /** POI's workbook, or null in a workbook of tables that the tool writes itself ({@link #eigen}). */
    private final Werkboekpakket werkboek;
    private final EigenWerkboek eigen;
    /** Made with the first sheet: a workbook filled only through {@link #poi()} (the uitvraag's form) has styles of its own. */
    private Stijlen stijlen;
    private final List<Blad> bladen = new ArrayList<>();
    private final String titel;
    private String onderwerp = "";
    private String trefwoorden = "";
    private String auteur = PdfEigenschappen.ORGANISATIE;
    private boolean vrijgegeven;

    /** A workbook on POI's object model: what Blad writes, and whatever else through {@link #poi()}. */
    public XlsxWerkboek(String titel) {
        this(titel, false);
    }

    private XlsxWerkboek(String titel, boolean zelf) {
        this.titel = titel;
        this.werkboek = zelf ? null : new Werkboekpakket();
        this.eigen = zelf ? new EigenWerkboek() : null;
    }

    /**
     * A workbook of {@link Blad} tables only, without {@code poi()}: the tool writes its XML itself, the bytes
     * POI would write for it, at a fraction of the cost (no XML object per cell). For the factsheets, the
     * procesplan's tables and the distributielijst.
     */
    public static XlsxWerkboek tabellen(String titel) {
        return new XlsxWerkboek(titel, true);
    }

    public XlsxWerkboek onderwerp(String onderwerp) {
        this.onderwerp = onderwerp;
        return this;
    }

    public XlsxWerkboek trefwoorden(String trefwoorden) {
        this.trefwoorden = trefwoorden;
        return this;
    }

    /** The regietafel the workbook is from (author and company); defaults to {@link PdfEigenschappen#ORGANISATIE}. */
    public XlsxWerkboek auteur(String auteur) {
        this.auteur = auteur;
        return this;
    }

    /** A new sheet; the name is made safe for Excel (max. 31 characters, no []:*?/\). */
    public Blad blad(String naam) {
        String veilig = WorkbookUtil.createSafeSheetName(naam);
        Bladdoel doel = eigen != null ? eigen.blad(veilig) : new PoiBlad(werkboek.createSheet(veilig));
        Blad blad = new Blad(doel, stijlen());
        bladen.add(blad);
        return blad;
    }

    public Stijlen stijlen() {
        if (stijlen == null) stijlen = eigen != null ? eigen.stijlen() : new Stijlen(werkboek);
        return stijlen;
    }

    /** Escape hatch for what the helpers don't cover (data validation, protection). */
    public XSSFWorkbook poi() {
        if (werkboek == null) throw new IllegalStateException("Werkboek " + titel + " schrijft de tool zelf, zonder POI");
        vrijgegeven = true;
        return werkboek;
    }

    /**
     * Finishes every sheet (freeze, filter, widths), evaluates all formulas so their cached
     * values are stored, sets the document properties, and writes to a temporary file beside
     * {@code xlsx} that is then moved into place atomically.
     */
    public void opslaan(Path xlsx) {
        bladen.forEach(Blad::afronden);
        formulesUitrekenen();
        if (werkboek != null) eigenschappen();
        try {
            AtomischBestand.schrijf(xlsx, this::schrijf);
        } catch (IOException e) {
            throw new RenderFout("Werkboek " + xlsx.toAbsolutePath() + " kon niet worden geschreven: " + e.getMessage(), e);
        }
    }

    /**
     * Stores every formula's value in its cell. The totals of {@link Blad} are sums over their own
     * column, worked out by {@link Som}; POI's evaluator runs only when a workbook holds other
     * formulas (written through {@link #poi()} or {@link Blad#poi()} without their value, as
     * {@link Blad#formule} writes them) or a total over a cell that only the evaluator can judge.
     */
    private void formulesUitrekenen() {
        List<Som> totalen = bladen.stream().flatMap(b -> b.totalen().stream()).toList();
        if (werkboek == null) {
            totalen.forEach(Som::uitrekenen); // the tool's own sheets work out every sum, errors too
            return;
        }
        if ((vrijgegeven || bladen.stream().anyMatch(Blad::vrijgegeven)) && andereFormules(totalen)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(werkboek);
            return;
        }
        XSSFFormulaEvaluator rekenaar = null;
        for (Som som : totalen) {
            if (!som.uitrekenen()) {
                if (rekenaar == null) rekenaar = werkboek.getCreationHelper().createFormulaEvaluator();
                rekenaar.evaluateFormulaCell(cel(som));
            }
        }
    }

    /** Whether a cell of the workbook holds a formula that is not one of {@code totalen} nor written with its value. */
    private boolean andereFormules(List<Som> totalen) {
        Set<XSSFCell> bekend = Collections.newSetFromMap(new IdentityHashMap<>());
        totalen.forEach(s -> bekend.add(cel(s)));
        bladen.forEach(b -> bekend.addAll(b.berekend()));
        for (Sheet blad : werkboek) {
            for (Row rij : blad) {
                for (Cell cel : rij) {
                    if (cel.getCellType() == CellType.FORMULA && !bekend.contains(cel)) return true;
                }
            }
        }
        return false;
    }

    private static XSSFCell cel(Som som) {
        return ((PoiBlad) som.blad()).formulecel(som.rij(), som.kolom());
    }

    /**
     * Zipped by {@link Werkboekpakket}, at our level. The zip writes every header and entry in small
     * pieces; buffered, the file gets them in a few large writes instead of one system call each.
     */
    private void schrijf(OutputStream uit) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(uit, 1 << 16))) {
            zip.setLevel(Compressie.NIVEAU);
            if (werkboek != null) {
                werkboek.schrijf(zip);
            } else {
                eigen.schrijf(zip, titel, auteur, onderwerp, trefwoorden);
            }
        }
    }

    private void eigenschappen() {
        POIXMLProperties eigenschappen = werkboek.getProperties();
        POIXMLProperties.CoreProperties kern = eigenschappen.getCoreProperties();
        kern.setTitle(titel);
        kern.setCreator(auteur);
        kern.setSubjectProperty(onderwerp);
        kern.setKeywords(trefwoorden);
        eigenschappen.getExtendedProperties().setCompany(auteur);
    }

    /**
     * Releases the workbook without saving it: {@code XSSFWorkbook.close()} would zip the whole
     * package a second time into the in-memory stream of a new workbook, only to throw it away.
     */
    @Override
    public void close() {
        if (werkboek != null) werkboek.getPackage().revert();
    }

    /** The cell styles of one workbook. Excel shows {@code #,##0} as 1.944 in a Dutch locale. */
    public static final class Stijlen {
        public static final String GEHEEL = "#,##0";
        public static final String DECIMAAL = "#,##0.00";
        public static final String PROCENT = "0.0%";
        /** [$-413] is the Dutch locale: "1 april 2023" whatever language the reader's Excel uses. */
        public static final String DATUM = "[$-413]d mmmm yyyy";

        final XSSFCellStyle titel;
        final XSSFCellStyle regel;
        final XSSFCellStyle regelOverBreedte;
        final XSSFCellStyle kop;
        final XSSFCellStyle kopGetal;
        final XSSFCellStyle tekst;
        final XSSFCellStyle tekstLetterlijk;
        final XSSFCellStyle geheel;
        final XSSFCellStyle decimaal;
        final XSSFCellStyle procent;
        final XSSFCellStyle datum;
        final XSSFCellStyle totaalTekst;
        final XSSFCellStyle totaalGeheel;
        final XSSFCellStyle totaalDecimaal;
        final XSSFCellStyle totaalProcent;

        Stijlen(XSSFWorkbook wb) {
            XSSFDataFormat formaat = wb.createDataFormat();
            XSSFFont vet = wb.createFont();
            vet.setBold(true);
            XSSFFont wit = wb.createFont();
            wit.setBold(true);
            wit.setColor(new XSSFColor(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
            XSSFFont groot = wb.createFont();
            groot.setBold(true);
            groot.setFontHeightInPoints((short) 14);
            groot.setColor(new XSSFColor(new byte[]{0x15, 0x42, 0x73}, null));
            XSSFFont klein = wb.createFont();
            klein.setItalic(true);
            klein.setColor(new XSSFColor(new byte[]{0x55, 0x55, 0x55}, null));

            titel = wb.createCellStyle();
            titel.setFont(groot);
            regel = wb.createCellStyle();
            regel.setFont(klein);
            // a note merged across the table's width wraps there, so it prints within the page
            regelOverBreedte = wb.createCellStyle();
            regelOverBreedte.cloneStyleFrom(regel);
            regelOverBreedte.setWrapText(true);
            regelOverBreedte.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);

            kop = wb.createCellStyle();
            kop.setFont(wit);
            kop.setFillForegroundColor(new XSSFColor(new byte[]{0x15, 0x42, 0x73}, null));
            kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kop.setVerticalAlignment(VerticalAlignment.CENTER);
            kop.setWrapText(true);
            kopGetal = wb.createCellStyle();
            kopGetal.cloneStyleFrom(kop);
            kopGetal.setAlignment(HorizontalAlignment.RIGHT);

            tekst = wb.createCellStyle();
            tekstLetterlijk = wb.createCellStyle();
            tekstLetterlijk.setQuotePrefixed(true); // Excel keeps "=…" typed text as text on edit too
            geheel = getal(wb, formaat.getFormat(GEHEEL));
            decimaal = getal(wb, formaat.getFormat(DECIMAAL));
            procent = getal(wb, formaat.getFormat(PROCENT));
            datum = wb.createCellStyle();
            datum.setDataFormat(formaat.getFormat(DATUM));
            datum.setAlignment(HorizontalAlignment.LEFT);

            totaalTekst = totaal(wb, tekst, vet);
            totaalGeheel = totaal(wb, geheel, vet);
            totaalDecimaal = totaal(wb, decimaal, vet);
            totaalProcent = totaal(wb, procent, vet);
        }

        private static XSSFCellStyle getal(XSSFWorkbook wb, short formaat) {
            XSSFCellStyle stijl = wb.createCellStyle();
            stijl.setDataFormat(formaat);
            return stijl;
        }

        private static XSSFCellStyle totaal(XSSFWorkbook wb, XSSFCellStyle basis, XSSFFont vet) {
            XSSFCellStyle stijl = wb.createCellStyle();
            stijl.cloneStyleFrom(basis);
            stijl.setFont(vet);
            stijl.setBorderTop(BorderStyle.THIN);
            return stijl;
        }
    }
}
