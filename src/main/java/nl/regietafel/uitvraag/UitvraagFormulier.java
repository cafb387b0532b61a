package nl.regietafel.uitvraag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Knelpunt;
import nl.regietafel.domain.Label;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieSoort;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.domain.Partij;
import nl.regietafel.domain.StatushoudersRegel;

/**
 * The maandretour form of docs/invoerformaten.md, as the gemeenten fill it in: sheets
 * {@code Toelichting} (instructions), {@code Gemeente}, {@code Locaties}, {@code Statushouders},
 * {@code Knelpunten}. Pre-filled cells are grey and locked, input cells white and unlocked; the
 * sheets are protected without a password (Excel: Controleren › Beveiliging blad opheffen), so
 * headers cannot be overwritten by accident but rows can be added. Coded columns have drop-down
 * lists, number and date columns a validation. Text is always written as text, never as a formula.
 *
 * <p>Pure: builds into a workbook the caller saves (the uitvraag step atomically; the sample
 * generator with fixed zip times).
 */
public final class UitvraagFormulier {

    /**
     * What the form holds. {@code ingevuldDoor} and {@code datum} may be null (left for the
     * gemeente); {@code gemeentenamen} turns the codes of "Gedeeld met" into names (missing: code).
     * A statushouders row whose half year is in {@code vasteTaakstelling} has its taakstelling
     * locked (it comes from the circulaire). A half year in {@code nieuweHalfjaren} has nothing
     * reported yet: its Gehuisvest and Waarvan AMV stay blank (a blank is not a zero), and so does
     * its taakstelling when none is known. {@code retouradres} and {@code uiterlijk} (from the region
     * settings) may be null.
     */
    public record Inhoud(String gemeenteCode, String gemeenteNaam, YearMonth peilmaand, String ingevuldDoor,
                         LocalDate datum, List<Locatie> locaties, List<StatushoudersRegel> statushouders,
                         List<Knelpunt> knelpunten, java.util.Set<String> vasteTaakstelling,
                         Map<String, String> gemeentenamen, String afzender, java.util.Set<String> nieuweHalfjaren,
                         String retouradres, LocalDate uiterlijk) {
    }

    /** Rows 2..{@value} carry the validations (header in row 1). */
    public static final int INVOERRIJEN = 300;

    static final String[] KOP_LOCATIES = {"Locatie-id", "Naam", "Plaats", "Doelgroep", "Soort", "Capaciteit", "Bezetting",
            "Status", "Open vanaf", "Beschikbaar tot", "Toelichting", "Gedeeld met"};
    static final String[] KOP_STATUSHOUDERS = {"Halfjaar", "Taakstelling", "Achterstand begin periode", "Gehuisvest",
            "Waarvan AMV", "Instrumenten"};
    static final String[] KOP_KNELPUNTEN = {"Onderwerp", "Omschrijving", "Gevraagd van"};

    private UitvraagFormulier() {
    }

    /** A new workbook with the form; the caller closes it. */
    public static XSSFWorkbook maak(Inhoud inhoud) {
        XSSFWorkbook wb = new XSSFWorkbook();
        vul(wb, inhoud);
        return wb;
    }

    /** Adds the form's sheets to {@code wb} (which should have none yet). */
    public static void vul(XSSFWorkbook wb, Inhoud i) {
        Stijlen st = new Stijlen(wb);
        Toelichting.blad(wb, st, i);
        gemeente(wb, st, i);
        locaties(wb, st, i);
        statushouders(wb, st, i);
        knelpunten(wb, st, i);
        wb.setActiveSheet(0);
    }

    private static void gemeente(XSSFWorkbook wb, Stijlen st, Inhoud i) {
        XSSFSheet sh = wb.createSheet("Gemeente");
        Object[][] rijen = {
                {"Gemeentecode", i.gemeenteCode(), "vooraf ingevuld"},
                {"Gemeente", i.gemeenteNaam(), "vooraf ingevuld"},
                {"Peilmaand", i.peilmaand().toString(), "de maand waarover u rapporteert (jjjj-mm)"},
                {"Ingevuld door", i.ingevuldDoor(), "uw naam, functie en e-mailadres"},
                {"Datum", i.datum(), "de datum van invullen"}};
        for (int r = 0; r < rijen.length; r++) {
            XSSFRow rij = sh.createRow(r);
            tekst(st, rij, 0, (String) rijen[r][0], st.sleutel);
            boolean invoer = r >= 3;
            if (rijen[r][1] instanceof LocalDate d) {
                datum(rij, 1, d, st.invoerDatum);
            } else if (r == 4) {
                rij.createCell(1).setCellStyle(st.invoerDatum);
            } else {
                tekst(st, rij, 1, (String) rijen[r][1], invoer ? st.invoerTekst : st.vast);
            }
            tekst(st, rij, 2, (String) rijen[r][2], st.hint);
        }
        datumValidatie(sh, new CellRangeAddressList(4, 4, 1, 1));
        sh.setColumnWidth(0, 18 * 256);
        sh.setColumnWidth(1, 44 * 256);
        sh.setColumnWidth(2, 44 * 256);
        sh.createFreezePane(1, 0);
        beveilig(sh);
    }

    private static void locaties(XSSFWorkbook wb, Stijlen st, Inhoud i) {
        XSSFSheet sh = wb.createSheet("Locaties");
        kop(sh, st, KOP_LOCATIES);
        kolomstijlen(sh, st.invoerTekst, st.invoerTekst, st.invoerTekst, st.invoerTekst, st.invoerTekst, st.invoerGetal,
                st.invoerGetal, st.invoerTekst, st.invoerDatum, st.invoerDatum, st.invoerTekst, st.invoerTekst);
        int r = 1;
        for (Locatie l : i.locaties()) {
            XSSFRow rij = sh.createRow(r++);
            tekst(st, rij, 0, l.locatieId(), st.invoerTekst);
            tekst(st, rij, 1, l.naam(), st.invoerTekst);
            tekst(st, rij, 2, l.plaats(), st.invoerTekst);
            tekst(st, rij, 3, l.doelgroep() == null ? null : l.doelgroep().label(), st.invoerTekst);
            tekst(st, rij, 4, l.soort() == null ? null : l.soort().label(), st.invoerTekst);
            getal(rij, 5, l.capaciteit(), st.invoerGetal);
            getal(rij, 6, l.bezetting(), st.invoerGetal);
            tekst(st, rij, 7, l.status() == null ? null : l.status().label(), st.invoerTekst);
            datum(rij, 8, l.openVanaf(), st.invoerDatum);
            datum(rij, 9, l.beschikbaarTot(), st.invoerDatum);
            // Column 10 (Toelichting) stays blank: a note belongs to the month it was written for.
            rij.createCell(10).setCellStyle(st.invoerTekst);
            tekst(st, rij, 11, l.gedeeldMet().isEmpty() ? null : String.join(", ",
                    l.gedeeldMet().stream().map(c -> i.gemeentenamen().getOrDefault(c, c)).toList()), st.invoerTekst);
        }
        breedtes(sh, 14, 44, 14, 14, 20, 11, 11, 16, 14, 15, 60, 28);
        lijst(sh, 3, Doelgroep.class);
        lijst(sh, 4, LocatieSoort.class);
        lijst(sh, 7, LocatieStatus.class);
        geheel(sh, 5, 0, "Vul het aantal plekken in: een geheel getal van 0 of meer.");
        geheel(sh, 6, 0, "Vul het aantal bewoners in: een geheel getal van 0 of meer.");
        datumValidatie(sh, new CellRangeAddressList(1, INVOERRIJEN, 8, 8), "Open vanaf", OPEN_VANAF);
        datumValidatie(sh, new CellRangeAddressList(1, INVOERRIJEN, 9, 9), "Beschikbaar tot", BESCHIKBAAR_TOT);
        sh.createFreezePane(2, 1);
        beveilig(sh);
    }

    private static void statushouders(XSSFWorkbook wb, Stijlen st, Inhoud i) {
        XSSFSheet sh = wb.createSheet("Statushouders");
        kop(sh, st, KOP_STATUSHOUDERS);
        kolomstijlen(sh, st.invoerTekst, st.invoerGetal, st.invoerGetal, st.invoerGetal, st.invoerGetal, st.invoerTekst);
        int r = 1;
        for (StatushoudersRegel s : i.statushouders()) {
            XSSFRow rij = sh.createRow(r++);
            boolean vast = i.vasteTaakstelling().contains(s.halfjaar().code());
            boolean nieuw = i.nieuweHalfjaren().contains(s.halfjaar().code());
            tekst(st, rij, 0, s.halfjaar().code(), vast ? st.vast : st.invoerTekst);
            if (vast || !nieuw) getal(rij, 1, s.taakstelling(), vast ? st.vastGetal : st.invoerGetal);
            else rij.createCell(1).setCellStyle(st.invoerGetal);
            getal(rij, 2, s.achterstandBeginPeriode(), st.invoerGetal);
            if (nieuw) {
                rij.createCell(3).setCellStyle(st.invoerGetal);
                rij.createCell(4).setCellStyle(st.invoerGetal);
            } else {
                getal(rij, 3, s.gehuisvest(), st.invoerGetal);
                getal(rij, 4, s.waarvanAmv(), st.invoerGetal);
            }
            tekst(st, rij, 5, s.instrumenten(), st.invoerTekst);
        }
        breedtes(sh, 11, 13, 16, 12, 13, 60);
        geheel(sh, 1, 0, "De taakstelling is een geheel getal van 0 of meer.");
        geheel(sh, 2, -99_999, "De achterstand is een geheel getal; negatief bij een voorsprong.");
        geheel(sh, 3, 0, "Vul het aantal gehuisveste statushouders in: een geheel getal van 0 of meer.");
        geheel(sh, 4, 0, "Vul het aantal AMV in: een geheel getal van 0 of meer.");
        sh.createFreezePane(1, 1);
        beveilig(sh);
    }

    private static void knelpunten(XSSFWorkbook wb, Stijlen st, Inhoud i) {
        XSSFSheet sh = wb.createSheet("Knelpunten");
        kop(sh, st, KOP_KNELPUNTEN);
        kolomstijlen(sh, st.invoerTekst, st.invoerTekst, st.invoerTekst);
        int r = 1;
        for (Knelpunt k : i.knelpunten()) {
            XSSFRow rij = sh.createRow(r++);
            tekst(st, rij, 0, k.onderwerp(), st.invoerTekst);
            tekst(st, rij, 1, k.omschrijving(), st.invoerTekst);
            tekst(st, rij, 2, k.gevraagdVan() == null ? null : k.gevraagdVan().label(), st.invoerTekst);
        }
        breedtes(sh, 32, 90, 14);
        lijst(sh, 2, Partij.class);
        sh.createFreezePane(0, 1);
        beveilig(sh);
    }

    // ---- cells ---------------------------------------------------------------------------------

    private static void kop(XSSFSheet sh, Stijlen st, String[] koppen) {
        XSSFRow rij = sh.createRow(0);
        for (int k = 0; k < koppen.length; k++) {
            tekst(st, rij, k, koppen[k], st.kop);
        }
        rij.setHeightInPoints(30);
    }

    /** Every cell of the column not written explicitly is an input cell (unlocked) of this kind. */
    private static void kolomstijlen(XSSFSheet sh, XSSFCellStyle... stijlen) {
        for (int k = 0; k < stijlen.length; k++) {
            sh.setDefaultColumnStyle(k, stijlen[k]);
        }
    }

    static void tekst(Stijlen st, XSSFRow rij, int k, String waarde, XSSFCellStyle stijl) {
        XSSFCell c = rij.createCell(k);
        c.setCellStyle(stijl);
        if (waarde == null) return;
        c.setCellValue(waarde); // text, never setCellFormula: "=..." from input stays inert
        if (!waarde.isEmpty() && "=+-@".indexOf(waarde.charAt(0)) >= 0) {
            c.setCellStyle(st.letterlijk(stijl)); // and Excel keeps it text when the cell is edited
        }
    }

    private static void getal(XSSFRow rij, int k, long waarde, XSSFCellStyle stijl) {
        XSSFCell c = rij.createCell(k);
        c.setCellValue(waarde);
        c.setCellStyle(stijl);
    }

    private static void datum(XSSFRow rij, int k, LocalDate waarde, XSSFCellStyle stijl) {
        XSSFCell c = rij.createCell(k);
        c.setCellStyle(stijl);
        if (waarde != null) c.setCellValue(waarde);
    }

    private static void breedtes(XSSFSheet sh, int... tekens) {
        for (int k = 0; k < tekens.length; k++) {
            sh.setColumnWidth(k, tekens[k] * 256);
        }
    }

    // ---- validation and protection -------------------------------------------------------------

    static <E extends Enum<E> & Label> void lijst(XSSFSheet sh, int kolom, Class<E> type) {
        String[] labels = Arrays.stream(type.getEnumConstants()).map(Label::label).toArray(String[]::new);
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
        DataValidation dv = h.createValidation(h.createExplicitListConstraint(labels),
                new CellRangeAddressList(1, INVOERRIJEN, kolom, kolom));
        dv.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        dv.setShowErrorBox(true);
        dv.createErrorBox("Kies uit de lijst", "Kies een van: " + String.join(", ", labels) + ".");
        dv.setShowPromptBox(true);
        dv.createPromptBox(sh.getRow(0).getCell(kolom).getStringCellValue(), "Kies uit de lijst.");
        sh.addValidationData(dv);
    }

    private static void geheel(XSSFSheet sh, int kolom, int minimum, String melding) {
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
        DataValidationConstraint c = h.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(minimum), "999999");
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, INVOERRIJEN, kolom, kolom));
        dv.setShowErrorBox(true);
        dv.createErrorBox("Ongeldig getal", melding);
        sh.addValidationData(dv);
    }

    /** Why the two dates matter, shown on every location's date cell (Excel allows 255 characters). */
    static final String OPEN_VANAF = "Vanaf wanneer de plekken er (naar verwachting) zijn. Een plan telt op een peildatum alleen "
            + "als het uiterlijk op die datum opent; zonder datum verkleint het geen tekort.";
    static final String BESCHIKBAAR_TOT = "Tot wanneer de plekken er zijn (leeg: geen einddatum). Een plek telt op een peildatum "
            + "alleen als ze op die datum nog beschikbaar is.";

    private static void datumValidatie(XSSFSheet sh, CellRangeAddressList cellen) {
        datumValidatie(sh, cellen, null, null);
    }

    private static void datumValidatie(XSSFSheet sh, CellRangeAddressList cellen, String titel, String uitleg) {
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
        DataValidationConstraint c = h.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null);
        DataValidation dv = h.createValidation(c, cellen);
        dv.setShowErrorBox(true);
        dv.createErrorBox("Ongeldige datum", "Vul een datum in, bijvoorbeeld 1-4-2023.");
        if (uitleg != null) {
            dv.setShowPromptBox(true);
            dv.createPromptBox(titel, uitleg);
        }
        sh.addValidationData(dv);
    }

    /** Protected without a password: locked cells (headers, pre-filled codes) stay as they are. */
    static void beveilig(XSSFSheet sh) {
        // printed: A4, as wide as the page (landscape for the wide sheets)
        sh.setFitToPage(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.getPrintSetup().setLandscape(sh.getSheetName().equals("Locaties") || sh.getSheetName().equals("Knelpunten"));
        sh.enableLocking();
        sh.lockSelectLockedCells(false);
        sh.lockSelectUnlockedCells(false);
        sh.lockFormatColumns(false);
        sh.lockFormatRows(false);
        sh.lockInsertRows(false);
        sh.lockDeleteRows(false);
        sh.lockSort(false);
        sh.lockAutoFilter(false);
    }

    /** The styles of one form. Grey = pre-filled and locked; white = input, unlocked. */
    static final class Stijlen {
        final XSSFCellStyle kop;
        final XSSFCellStyle sleutel;
        final XSSFCellStyle hint;
        final XSSFCellStyle vast;
        final XSSFCellStyle vastGetal;
        final XSSFCellStyle invoerTekst;
        final XSSFCellStyle invoerGetal;
        final XSSFCellStyle invoerDatum;
        final XSSFCellStyle titel;
        final XSSFCellStyle alinea;
        private final XSSFWorkbook wb;
        private final Map<XSSFCellStyle, XSSFCellStyle> letterlijk = new java.util.HashMap<>();

        Stijlen(XSSFWorkbook wb) {
            this.wb = wb;
            short tekstformaat = wb.createDataFormat().getFormat("@");
            short getalformaat = wb.createDataFormat().getFormat("#,##0");
            short datumformaat = wb.createDataFormat().getFormat("d-m-yyyy");
            XSSFFont wit = wb.createFont();
            wit.setBold(true);
            wit.setColor(new XSSFColor(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
            XSSFFont vet = wb.createFont();
            vet.setBold(true);
            XSSFFont grijs = wb.createFont();
            grijs.setItalic(true);
            grijs.setColor(new XSSFColor(new byte[]{0x55, 0x55, 0x55}, null));
            XSSFFont groot = wb.createFont();
            groot.setBold(true);
            groot.setFontHeightInPoints((short) 14);
            groot.setColor(new XSSFColor(new byte[]{0x15, 0x42, 0x73}, null));

            kop = wb.createCellStyle();
            kop.setFont(wit);
            kop.setFillForegroundColor(new XSSFColor(new byte[]{0x15, 0x42, 0x73}, null));
            kop.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kop.setWrapText(true);
            kop.setVerticalAlignment(VerticalAlignment.CENTER);
            kop.setLocked(true);
            sleutel = wb.createCellStyle();
            sleutel.setFont(vet);
            sleutel.setLocked(true);
            hint = wb.createCellStyle();
            hint.setFont(grijs);
            hint.setLocked(true);
            vast = wb.createCellStyle();
            vast.setFillForegroundColor(new XSSFColor(new byte[]{(byte) 0xE4, (byte) 0xE8, (byte) 0xEE}, null));
            vast.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            vast.setDataFormat(tekstformaat);
            vast.setLocked(true);
            vastGetal = wb.createCellStyle();
            vastGetal.cloneStyleFrom(vast);
            vastGetal.setDataFormat(getalformaat);
            invoerTekst = invoer(wb, tekstformaat);
            invoerGetal = invoer(wb, getalformaat);
            invoerDatum = invoer(wb, datumformaat);
            titel = wb.createCellStyle();
            titel.setFont(groot);
            alinea = wb.createCellStyle();
            alinea.setWrapText(true);
            alinea.setVerticalAlignment(VerticalAlignment.TOP);
        }

        XSSFCellStyle letterlijk(XSSFCellStyle basis) {
            return letterlijk.computeIfAbsent(basis, b -> {
                XSSFCellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(b);
                s.setQuotePrefixed(true);
                return s;
            });
        }

        private static XSSFCellStyle invoer(XSSFWorkbook wb, short formaat) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setDataFormat(formaat);
            s.setLocked(false);
            s.setBorderBottom(BorderStyle.HAIR);
            s.setBottomBorderColor(new XSSFColor(new byte[]{(byte) 0xC8, (byte) 0xCF, (byte) 0xD8}, null));
            return s;
        }
    }
}
