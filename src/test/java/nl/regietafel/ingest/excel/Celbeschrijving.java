package nl.regietafel.ingest.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Every answer a cell gives (or the exception it throws), per sheet, row and cell: what the readers can see of a workbook. */
final class Celbeschrijving {

    private Celbeschrijving() {
    }

    static List<String> van(Path bestand, boolean stromen) {
        Meldingenlijst m = new Meldingenlijst(bestand.getFileName().toString());
        try (VeiligeWerkmap wm = VeiligeWerkmap.open(bestand, m, stromen).orElseThrow(() -> new AssertionError(m.alle()))) {
            return van(wm);
        }
    }

    static List<String> van(VeiligeWerkmap wm) {
        List<String> regels = new ArrayList<>();
        regels.add("bladen " + wm.bladnamen());
        for (String naam : wm.bladnamen()) {
            Werkblad w = wm.blad(naam).orElseThrow();
            regels.add("blad " + w.getSheetName() + " laatste rij " + w.getLastRowNum());
            for (Rij r : w) {
                for (Cel c : r) regels.add(r.getRowNum() + ":" + c.getColumnIndex() + " " + van(c));
            }
        }
        return regels;
    }

    static String van(Cel c) {
        return String.join(" | ", antwoord(c::getCellType), antwoord(c::getCachedFormulaResultType), antwoord(c::getStringCellValue),
                antwoord(c::getNumericCellValue), antwoord(c::getBooleanCellValue), antwoord(c::getErrorCellValue),
                antwoord(c::getCellFormula), antwoord(c::getLocalDateTimeCellValue), antwoord(c::isDatumOpgemaakt));
    }

    private static String antwoord(Callable<?> vraag) {
        try {
            return String.valueOf(vraag.call());
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
