package nl.regietafel.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.regietafel.domain.Label;
import nl.regietafel.domain.LocatieStatus;
import nl.regietafel.sample.SampleMonthGenerator.Kp;
import nl.regietafel.sample.SampleMonthGenerator.Loc;

/**
 * Fills in one uitvraag form as a gemeente would, following the {@link Jaarplan}: only the cells a
 * gemeente can edit (who and when, each location's status, bezetting, end date and note, the
 * half year's housed and AMV, new rows for new locations and the knelpunten); no sheet is rebuilt
 * and no pre-filled code is touched.
 */
final class Retourinvuller {

    // columns of the Locaties sheet (docs/invoerformaten.md)
    static final int ID = 0, NAAM = 1, PLAATS = 2, DOELGROEP = 3, SOORT = 4, CAPACITEIT = 5, BEZETTING = 6, STATUS = 7,
            OPEN = 8, TOT = 9, TOELICHTING = 10, GEDEELD = 11;

    private Retourinvuller() {
    }

    static void vulIn(XSSFWorkbook wb, String gemeente, YearMonth maand, String rol, LocalDate datum, List<Kp> knelpunten) {
        XSSFSheet gem = wb.getSheet("Gemeente");
        gem.getRow(3).getCell(1).setCellValue(rol);
        gem.getRow(4).getCell(1).setCellValue(datum);
        locaties(wb.getSheet("Locaties"), gemeente, maand);
        statushouders(wb.getSheet("Statushouders"), gemeente, maand);
        knelpunten(wb.getSheet("Knelpunten"), knelpunten);
    }

    static void locaties(XSSFSheet sh, String gemeente, YearMonth maand) {
        LocalDate einde = maand.atEndOfMonth();
        int hoogste = 0;
        for (int r = 1; r <= sh.getLastRowNum(); r++) {
            XSSFRow rij = sh.getRow(r);
            if (rij == null || tekst(rij, NAAM).isEmpty()) continue;
            hoogste = Math.max(hoogste, Integer.parseInt(tekst(rij, ID).substring(tekst(rij, ID).lastIndexOf('-') + 1)));
            String status = tekst(rij, STATUS);
            long capaciteit = (long) rij.getCell(CAPACITEIT).getNumericCellValue();
            LocalDate open = datum(rij, OPEN);
            Jaarplan.Stap stap = Jaarplan.stap(maand, gemeente, tekst(rij, NAAM)).orElse(null);
            if (stap != null) {
                if (stap.status() != null) zet(rij, STATUS, stap.status().label());
                if (stap.beschikbaarTot() != null) rij.getCell(TOT).setCellValue(stap.beschikbaarTot());
                if (stap.bezetting() != null) rij.getCell(BEZETTING).setCellValue(stap.bezetting());
                zet(rij, TOELICHTING, stap.toelichting());
                status = tekst(rij, STATUS);
            }
            LocalDate tot = datum(rij, TOT);
            if (status.equals(LocatieStatus.IN_GEBRUIK.label()) && tot != null && tot.isBefore(einde)) {
                zet(rij, STATUS, LocatieStatus.GESLOTEN.label());
                rij.getCell(BEZETTING).setCellValue(0);
                zet(rij, TOELICHTING, "Gesloten per " + NL(tot) + Jaarplan.AANGENOMEN);
            } else if (gepland(status) && open != null) {
                if (!open.isAfter(einde)) {
                    zet(rij, STATUS, LocatieStatus.IN_GEBRUIK.label());
                    rij.getCell(BEZETTING).setCellValue(capaciteit * 3 / 4);
                    zet(rij, TOELICHTING, "Geopend per " + NL(open) + "; bezetting 75%" + Jaarplan.AANGENOMEN);
                } else if (YearMonth.from(open).equals(maand.plusMonths(1)) && !status.equals(LocatieStatus.IN_AANBOUW.label())) {
                    zet(rij, STATUS, LocatieStatus.VERGUNNING.label());
                    zet(rij, TOELICHTING, "Vergunning verleend, opent " + NL(open) + Jaarplan.AANGENOMEN);
                }
            }
        }
        for (Loc l : Jaarplan.nieuw(maand, gemeente)) {
            XSSFRow rij = sh.createRow(sh.getLastRowNum() + 1);
            nieuweCel(sh, rij, ID).setCellValue(String.format("%s-%02d", gemeente, ++hoogste));
            nieuweCel(sh, rij, NAAM).setCellValue(l.naam());
            nieuweCel(sh, rij, PLAATS).setCellValue(l.plaats());
            nieuweCel(sh, rij, DOELGROEP).setCellValue(l.doelgroep().label());
            nieuweCel(sh, rij, SOORT).setCellValue(l.soort().label());
            nieuweCel(sh, rij, CAPACITEIT).setCellValue(l.capaciteit());
            nieuweCel(sh, rij, BEZETTING).setCellValue(l.bezetting());
            nieuweCel(sh, rij, STATUS).setCellValue(l.status().label());
            nieuweCel(sh, rij, OPEN).setCellValue(l.openVanaf());
            XSSFCell tot = nieuweCel(sh, rij, TOT);
            if (l.beschikbaarTot() != null) tot.setCellValue(l.beschikbaarTot());
            nieuweCel(sh, rij, TOELICHTING).setCellValue(l.toelichting());
            nieuweCel(sh, rij, GEDEELD);
        }
    }

    /** The row of this month's half year: housed and AMV, from the corrected taakstelling the form pre-fills. */
    static void statushouders(XSSFSheet sh, String gemeente, YearMonth maand) {
        String halfjaar = maand.getYear() + "-" + (maand.getMonthValue() <= 6 ? 1 : 2);
        for (int r = 1; r <= sh.getLastRowNum(); r++) {
            XSSFRow rij = sh.getRow(r);
            if (rij == null || !halfjaar.equals(tekst(rij, 0))) continue;
            long gecorrigeerd = (long) (rij.getCell(1).getNumericCellValue() + rij.getCell(2).getNumericCellValue());
            XSSFCell gehuisvest = rij.getCell(3);
            long eerder = gehuisvest.getCellType() == CellType.NUMERIC ? (long) gehuisvest.getNumericCellValue() : 0;
            long nu = Jaarplan.gehuisvest(gemeente, maand, gecorrigeerd, eerder);
            gehuisvest.setCellValue(nu);
            rij.getCell(4).setCellValue(Jaarplan.waarvanAmv(nu));
            return;
        }
        throw new IllegalStateException("Formulier van " + gemeente + " voor " + maand + " heeft geen rij " + halfjaar);
    }

    static void knelpunten(XSSFSheet sh, List<Kp> knelpunten) {
        int r = 1;
        for (Kp k : knelpunten) {
            XSSFRow rij = sh.createRow(r++);
            nieuweCel(sh, rij, 0).setCellValue(k.onderwerp());
            nieuweCel(sh, rij, 1).setCellValue(k.omschrijving());
            nieuweCel(sh, rij, 2).setCellValue(((Label) k.gevraagdVan()).label());
        }
    }

    static boolean gepland(String status) {
        return status.equals(LocatieStatus.BESLUIT_COLLEGE.label()) || status.equals(LocatieStatus.BESLUIT_RAAD.label())
                || status.equals(LocatieStatus.VERGUNNING.label()) || status.equals(LocatieStatus.IN_AANBOUW.label());
    }

    /** A typed cell takes its column's (input) style, as Excel does. */
    static XSSFCell nieuweCel(XSSFSheet sh, XSSFRow rij, int kolom) {
        XSSFCell c = rij.createCell(kolom);
        if (sh.getColumnStyle(kolom) != null) c.setCellStyle(sh.getColumnStyle(kolom));
        return c;
    }

    static void zet(XSSFRow rij, int kolom, String waarde) {
        XSSFCell c = rij.getCell(kolom);
        if (c == null) c = nieuweCel(rij.getSheet(), rij, kolom);
        c.setCellValue(waarde);
    }

    static String tekst(XSSFRow rij, int kolom) {
        XSSFCell c = rij.getCell(kolom);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    static LocalDate datum(XSSFRow rij, int kolom) {
        XSSFCell c = rij.getCell(kolom);
        return c == null || c.getCellType() != CellType.NUMERIC ? null : c.getLocalDateTimeCellValue().toLocalDate();
    }

    static String NL(LocalDate d) {
        return d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear();
    }
}
