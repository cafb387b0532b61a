package nl.regietafel.report.xlsx;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.util.List;

/**
 * How a sheet prints (issue 11): A4, landscape when the table is wide, one page wide, narrow
 * margins, the header row on every page, the sheet's name and page number in the footer. The
 * print area is the table and its charts: long title and note lines run past the last column on
 * screen, but they do not widen the printed page, which shrank the type of every wide sheet.
 */
final class Afdruk {

    /** Width in characters (Calibri 11) that prints at about 100 % across A4 portrait. */
    private static final int STAAND = 95;
    static final double ZIJMARGE = 0.4;
    static final double KOPMARGE = 0.6;
    static final double KOPTEKSTMARGE = 0.3;
    static final String VOET_LINKS = "&A";
    static final String VOET_RECHTS = "pagina &P van &N";

    private Afdruk() {
    }

    /**
     * Note lines longer than the table is wide: merged across the table and wrapped, with a row
     * height for their lines, so that they print whole inside the print area.
     */
    static void notenOverBreedte(Bladdoel blad, List<Integer> rijen, int kolommen, int tekens, XSSFCellStyle gewikkeld) {
        if (kolommen < 2) return;
        for (int r : rijen) {
            String noot = blad.tekstVan(r, 0);
            if (noot == null) continue;
            // the note font is smaller than the columns' Calibri 11: about 1,2 of its characters per column character
            int regels = (int) Math.ceil(noot.length() / (tekens * 1.2));
            if (regels <= 1) continue;
            blad.samenvoegen(r, 0, kolommen - 1);
            blad.stijl(r, 0, gewikkeld);
            blad.rijhoogte(r, Math.min(409, regels * 12.5f + 2));
        }
    }

    /** The header row as high as its longest wrapped header: not every viewer sizes a wrapped row itself. */
    private static void kopHoogte(Bladdoel blad, int kopRij, int kolommen) {
        int regels = 1;
        for (int k = 0; k < kolommen; k++) {
            String kop = blad.tekstVan(kopRij, k);
            if (kop == null) continue;
            // bold header type is a little wider than the column's character unit
            double perRegel = Math.max(1, blad.kolombreedte(k) / 256.0 - 1) / 1.1;
            regels = Math.max(regels, (int) Math.ceil(kop.length() / perRegel));
        }
        blad.rijhoogte(kopRij, Math.min(4, regels) * 14.5f + 2);
    }

    static void instellen(Bladdoel blad, int kopRij, int kolommen, int tekens) {
        if (kolommen > 0) { // a sheet of text lines only keeps the width its lines take
            int laatsteKolom = kolommen - 1;
            int laatsteRij = Math.max(0, blad.laatsteRij());
            for (Bladdoel.Anker a : blad.ankers()) {
                tekens += Math.max(0, a.kolom() - laatsteKolom) * 9; // a chart beside the table
                laatsteKolom = Math.max(laatsteKolom, a.kolom());
                laatsteRij = Math.max(laatsteRij, a.rij());
            }
            blad.afdrukgebied(laatsteKolom, laatsteRij);
        }
        if (kopRij >= 0) {
            blad.kopHerhalen(kopRij);
            kopHoogte(blad, kopRij, kolommen);
        }
        // A wide table prints landscape rather than shrunk to an unreadable size.
        blad.afdruk(tekens > STAAND);
    }
}
