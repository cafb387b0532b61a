package nl.regietafel.uitvraag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.regietafel.domain.Doelgroep;
import nl.regietafel.domain.Knelpunt;
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

    /** Why the two dates matter, shown on every location's date cell (Excel allows 255 characters). */
    static final String OPEN_VANAF = "Vanaf wanneer de plekken er (naar verwachting) zijn. Een plan telt op een peildatum alleen "
            + "als het uiterlijk op die datum opent; zonder datum verkleint het geen tekort.";
    static final String BESCHIKBAAR_TOT = "Tot wanneer de plekken er zijn (leeg: geen einddatum). Een plek telt op een peildatum "
            + "alleen als ze op die datum nog beschikbaar is.";

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
        Formulierstijlen st = new Formulierstijlen(wb);
        Toelichting.blad(wb, st, i);
        gemeente(wb, st, i);
        locaties(wb, st, i);
        statushouders(wb, st, i);
        knelpunten(wb, st, i);
        wb.setActiveSheet(0);
    }

    private static void gemeente(XSSFWorkbook wb, Formulierstijlen st, Inhoud i) {
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
        Invulregels.datumValidatie(sh, new CellRangeAddressList(4, 4, 1, 1));
        sh.setColumnWidth(0, 18 * 256);
        sh.setColumnWidth(1, 44 * 256);
        sh.setColumnWidth(2, 44 * 256);
        sh.createFreezePane(1, 0);
        Invulregels.beveilig(sh);
    }

    private static void locaties(XSSFWorkbook wb, Formulierstijlen st, Inhoud i) {
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
        Invulregels.lijst(sh, 3, Doelgroep.class);
        Invulregels.lijst(sh, 4, LocatieSoort.class);
        Invulregels.lijst(sh, 7, LocatieStatus.class);
        Invulregels.geheel(sh, 5, 0, "Vul het aantal plekken in: een geheel getal van 0 of meer.");
        Invulregels.geheel(sh, 6, 0, "Vul het aantal bewoners in: een geheel getal van 0 of meer.");
        Invulregels.datumValidatie(sh, new CellRangeAddressList(1, INVOERRIJEN, 8, 8), "Open vanaf", OPEN_VANAF);
        Invulregels.datumValidatie(sh, new CellRangeAddressList(1, INVOERRIJEN, 9, 9), "Beschikbaar tot", BESCHIKBAAR_TOT);
        sh.createFreezePane(2, 1);
        Invulregels.beveilig(sh);
    }

    private static void statushouders(XSSFWorkbook wb, Formulierstijlen st, Inhoud i) {
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
        Invulregels.geheel(sh, 1, 0, "De taakstelling is een geheel getal van 0 of meer.");
        Invulregels.geheel(sh, 2, -99_999, "De achterstand is een geheel getal; negatief bij een voorsprong.");
        Invulregels.geheel(sh, 3, 0, "Vul het aantal gehuisveste statushouders in: een geheel getal van 0 of meer.");
        Invulregels.geheel(sh, 4, 0, "Vul het aantal AMV in: een geheel getal van 0 of meer.");
        sh.createFreezePane(1, 1);
        Invulregels.beveilig(sh);
    }

    private static void knelpunten(XSSFWorkbook wb, Formulierstijlen st, Inhoud i) {
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
        Invulregels.lijst(sh, 2, Partij.class);
        sh.createFreezePane(0, 1);
        Invulregels.beveilig(sh);
    }

    // ---- cells ---------------------------------------------------------------------------------

    private static void kop(XSSFSheet sh, Formulierstijlen st, String[] koppen) {
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

    static void tekst(Formulierstijlen st, XSSFRow rij, int k, String waarde, XSSFCellStyle stijl) {
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
}
