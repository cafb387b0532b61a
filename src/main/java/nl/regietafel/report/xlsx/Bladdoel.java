package nl.regietafel.report.xlsx;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Where a {@link Blad} puts its cells and its layout: POI's sheet ({@link PoiBlad}), for workbooks that
 * others also fill through {@code poi()}, or the tool's own sheet ({@link EigenBlad}), which writes the
 * same XML without POI's object model. Blad makes each row once, in order; a cell's value and style may
 * come in either order, and the order is kept, because POI writes the attributes in that order.
 */
interface Bladdoel {

    /** The position of a chart: its bottom right cell. */
    record Anker(int kolom, int rij) {
    }

    String naam();

    void rij(int rij);

    void tekst(int rij, int kolom, String tekst);

    /** A number as POI's {@code setCellValue(double)} stores it (dates as their Excel serial number). */
    void getal(int rij, int kolom, double waarde);

    void stijl(int rij, int kolom, XSSFCellStyle stijl);

    void formule(int rij, int kolom, String formule);

    /** The text of a text cell, or null. */
    String tekstVan(int rij, int kolom);

    /** The number of a number cell, or empty. */
    OptionalDouble getalVan(int rij, int kolom);

    /** {@code SUM} over the column's rows as POI adds it, or empty where only POI's evaluator can judge it. */
    OptionalDouble som(int kolom, int eerste, int laatste);

    /** Stores the sum as the cached value of the formula at (rij, kolom); false when POI's evaluator must. */
    boolean somOpslaan(int rij, int kolom, int eerste, int laatste);

    void bevries(int rijen);

    void filter(int eersteRij, int laatsteRij, int eersteKolom, int laatsteKolom);

    void kolombreedte(int kolom, int breedte);

    int kolombreedte(int kolom);

    void samenvoegen(int rij, int eersteKolom, int laatsteKolom);

    void rijhoogte(int rij, float punten);

    /** 0-based index of the last row, or −1 without rows. */
    int laatsteRij();

    List<Anker> ankers();

    void afdrukgebied(int laatsteKolom, int laatsteRij);

    void kopHerhalen(int rij);

    /** A4, one page wide, narrow margins, name and page number in the footer. */
    void afdruk(boolean liggend);

    /**
     * A clustered bar chart over this sheet's cells, {@code kolommen} × {@code rijen} cells from
     * ({@code links}, {@code boven}): categories from {@code categorieKolom}, one series per
     * {@code reeksKolommen}, named by the header in {@code kopRij}.
     */
    void staafgrafiek(String titel, int links, int boven, int kolommen, int rijen, int kopRij, int eerste, int laatste,
                      int categorieKolom, int[] reeksKolommen, List<String> namen);

    XSSFSheet poi();
}
