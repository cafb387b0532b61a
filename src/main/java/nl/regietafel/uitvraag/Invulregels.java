package nl.regietafel.uitvraag;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import nl.regietafel.domain.Label;

/**
 * What keeps a gemeente's input within bounds: drop-down lists for coded columns, whole numbers
 * and dates with an error box, and sheet protection without a password, so that headers and
 * pre-filled cells cannot be overwritten by accident but rows can be added.
 */
final class Invulregels {

    private Invulregels() {
    }

    static <E extends Enum<E> & Label> void lijst(XSSFSheet sh, int kolom, Class<E> type) {
        String[] labels = Arrays.stream(type.getEnumConstants()).map(Label::label).toArray(String[]::new);
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
        DataValidation dv = h.createValidation(h.createExplicitListConstraint(labels),
                new CellRangeAddressList(1, UitvraagFormulier.INVOERRIJEN, kolom, kolom));
        dv.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        dv.setShowErrorBox(true);
        dv.createErrorBox("Kies uit de lijst", "Kies een van: " + String.join(", ", labels) + ".");
        dv.setShowPromptBox(true);
        dv.createPromptBox(sh.getRow(0).getCell(kolom).getStringCellValue(), "Kies uit de lijst.");
        sh.addValidationData(dv);
    }

    static void geheel(XSSFSheet sh, int kolom, int minimum, String melding) {
        XSSFDataValidationHelper h = new XSSFDataValidationHelper(sh);
        DataValidationConstraint c = h.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(minimum), "999999");
        DataValidation dv = h.createValidation(c, new CellRangeAddressList(1, UitvraagFormulier.INVOERRIJEN, kolom, kolom));
        dv.setShowErrorBox(true);
        dv.createErrorBox("Ongeldig getal", melding);
        sh.addValidationData(dv);
    }

    static void datumValidatie(XSSFSheet sh, CellRangeAddressList cellen) {
        datumValidatie(sh, cellen, null, null);
    }

    static void datumValidatie(XSSFSheet sh, CellRangeAddressList cellen, String titel, String uitleg) {
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
}
