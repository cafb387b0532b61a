package nl.regietafel.report.xlsx;

import nl.regietafel.report.Opmaak;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One sheet with one table: optional title lines, a header row, data rows, an optional totals
 * row with live {@code SUM} formulas, and optional native bar charts over the table's cells.
 * {@link XlsxWerkboek#opslaan} freezes the panes below the header, puts an auto-filter over
 * header and data rows and sizes the columns from their content.
 *
 * <p>Values: {@link Number} → numeric cell ({@link Soort#GEHEEL} for whole types,
 * {@link Soort#DECIMAAL} otherwise, unless the column says {@link Soort#PROCENT});
 * {@link LocalDate} → date cell; {@code null} → empty; anything else → {@code toString()}
 * written as text with {@code setCellValue(String)}, so input such as {@code =SUM(A1)} or
 * {@code +31…} stays text and is never a formula.
 */
public final class Blad {

    /** How a column's values are written and formatted. */
    public enum Soort { AUTO, TEKST, GEHEEL, DECIMAAL, PROCENT, DATUM }

    /** A column: its header and its kind. PROCENT expects fractions (0.541 shows as 54,1%). */
    public record Kolom(String kop, Soort soort) {
        public static Kolom tekst(String kop) {
            return new Kolom(kop, Soort.TEKST);
        }

        public static Kolom geheel(String kop) {
            return new Kolom(kop, Soort.GEHEEL);
        }

        public static Kolom decimaal(String kop) {
            return new Kolom(kop, Soort.DECIMAAL);
        }

        public static Kolom procent(String kop) {
            return new Kolom(kop, Soort.PROCENT);
        }

        public static Kolom datum(String kop) {
            return new Kolom(kop, Soort.DATUM);
        }

        boolean getal() {
            return soort == Soort.GEHEEL || soort == Soort.DECIMAAL || soort == Soort.PROCENT;
        }
    }

    private static final int MIN_BREEDTE = 6;
    private static final int MAX_BREEDTE = 60;

    private final Bladdoel blad;
    private final XlsxWerkboek.Stijlen stijlen;
    private final List<Kolom> kolommen = new ArrayList<>();
    private final List<Integer> breedten = new ArrayList<>();
    private final List<Integer> regelRijen = new ArrayList<>();
    private final List<Som> totalen = new ArrayList<>();
    private final List<XSSFCell> berekend = new ArrayList<>();
    private boolean vrijgegeven;
    private int volgendeRij;
    private int kopRij = -1;
    private int totaalRij = -1;
    private int laatsteData = -1;
    private int grafieken;

    Blad(Bladdoel blad, XlsxWerkboek.Stijlen stijlen) {
        this.blad = blad;
        this.stijlen = stijlen;
    }

    /** A title line above the table (large, bold, dark blue). */
    public Blad titel(String titel) {
        blad.rij(volgendeRij);
        cel(volgendeRij++, 0, titel, stijlen.titel, false);
        return this;
    }

    /** A note line above or below the table (e.g. "Peildatum 1 december 2022", "Bron: COA"). */
    public Blad regel(String tekst) {
        if (kopRij >= 0 && volgendeRij == Math.max(kopRij, Math.max(laatsteData, totaalRij)) + 1) {
            volgendeRij++; // an empty line between table and note keeps the filter range clean
        }
        regelRijen.add(volgendeRij);
        blad.rij(volgendeRij);
        cel(volgendeRij++, 0, tekst, stijlen.regel, false);
        return this;
    }

    /** The header row; values are typed by their Java type. */
    public Blad kop(String... koppen) {
        return kolommen(Arrays.stream(koppen).map(k -> new Kolom(k, Soort.AUTO)).toArray(Kolom[]::new));
    }

    /** The header row with a kind per column. */
    public Blad kolommen(Kolom... kolommen) {
        if (kopRij >= 0) {
            throw new IllegalStateException("Blad " + blad.naam() + " heeft al een kopregel");
        }
        if (volgendeRij > 0) {
            volgendeRij++; // one empty line between the title lines and the table
        }
        kopRij = volgendeRij++;
        blad.rij(kopRij);
        for (int k = 0; k < kolommen.length; k++) {
            this.kolommen.add(kolommen[k]);
            breedten.add(0);
            cel(kopRij, k, kolommen[k].kop(), kolommen[k].getal() ? stijlen.kopGetal : stijlen.kop, false);
            // Headers wrap (the header style wraps), so a long one need not widen its column: a sheet
            // of long headers printed at half size before (issue 11, Stoplichten).
            meet(k, Math.min(kolommen[k].kop().length() + 2, kolommen[k].getal() ? 14 : 20));
        }
        return this;
    }

    /** One data row, one value per column. */
    public Blad rij(Object... waarden) {
        if (kopRij < 0) {
            throw new IllegalStateException("Blad " + blad.naam() + ": eerst de kopregel, dan de rijen");
        }
        if (totaalRij >= 0) {
            throw new IllegalStateException("Blad " + blad.naam() + ": geen rijen na de totaalregel");
        }
        if (waarden.length > kolommen.size()) {
            throw new IllegalArgumentException("Blad " + blad.naam() + ": " + waarden.length
                    + " waarden voor " + kolommen.size() + " kolommen");
        }
        if (laatsteData >= 0 && volgendeRij != laatsteData + 1) {
            throw new IllegalStateException("Blad " + blad.naam() + ": geen rijen na een regel onder de tabel");
        }
        laatsteData = volgendeRij;
        blad.rij(volgendeRij);
        for (int k = 0; k < waarden.length; k++) {
            schrijf(volgendeRij, k, waarden[k]);
        }
        volgendeRij++;
        return this;
    }

    /** Several data rows. */
    public Blad rijen(List<? extends List<?>> rijen) {
        rijen.forEach(r -> rij(r.toArray()));
        return this;
    }

    /**
     * The totals row: {@code label} in the first column and {@code SUM} over the data rows in
     * every GEHEEL or DECIMAAL column (or AUTO column holding numbers).
     */
    public Blad totaal(String label) {
        List<Integer> kolomnummers = new ArrayList<>();
        for (int k = 1; k < kolommen.size(); k++) {
            Soort soort = kolommen.get(k).soort();
            if (soort == Soort.GEHEEL || soort == Soort.DECIMAAL) {
                kolomnummers.add(k);
            }
        }
        return totaal(label, kolomnummers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The totals row with {@code SUM} formulas in the given columns (0-based). */
    public Blad totaal(String label, int... kolomnummers) {
        if (kopRij < 0 || totaalRij >= 0) {
            throw new IllegalStateException("Blad " + blad.naam() + ": één totaalregel, na de kopregel");
        }
        int eerste = kopRij + 1;
        int laatste = laatsteDataRij();
        totaalRij = volgendeRij++;
        blad.rij(totaalRij);
        for (int k = 0; k < kolommen.size(); k++) {
            blad.stijl(totaalRij, k, switch (kolommen.get(k).soort()) {
                case DECIMAAL -> stijlen.totaalDecimaal;
                // a share in the totals row (the stoplichten's, a formula) reads 86,6 %, not 1
                case PROCENT -> stijlen.totaalProcent;
                case GEHEEL -> stijlen.totaalGeheel;
                default -> stijlen.totaalTekst;
            });
        }
        blad.tekst(totaalRij, 0, label);
        meet(0, label.length());
        for (int k : kolomnummers) {
            if (laatste < eerste) {
                blad.getal(totaalRij, k, 0);
            } else {
                String kolom = CellReference.convertNumToColString(k);
                blad.formule(totaalRij, k, "SUM(" + kolom + (eerste + 1) + ":" + kolom + (laatste + 1) + ")");
                totalen.add(new Som(blad, totaalRij, k, eerste, laatste));
            }
            meet(k, 10);
        }
        return this;
    }

    /**
     * A row under the totals row for a total that a source states (e.g. "Totaal volgens PRT"
     * 3.593 under the live sum 3.594), so that a slip in the source stays visible beside the sum.
     */
    public Blad naTotaal(String label, Object... waarden) {
        if (totaalRij < 0) {
            throw new IllegalStateException("Blad " + blad.naam() + ": naTotaal komt na de totaalregel");
        }
        int rij = volgendeRij++;
        blad.rij(rij);
        cel(rij, 0, label, stijlen.totaalTekst, true);
        for (int k = 1; k < waarden.length && k < kolommen.size(); k++) {
            if (waarden[k] instanceof Number n) {
                blad.getal(rij, k, n.doubleValue());
                blad.stijl(rij, k, stijlen.totaalGeheel);
            } else if (waarden[k] != null) {
                cel(rij, k, waarden[k].toString(), stijlen.totaalTekst, true);
            }
        }
        return this;
    }

    /**
     * A native clustered bar chart over this sheet's own cells, to the right of the table:
     * categories from {@code categorieKolom}, one series per {@code reeksKolommen} (named by
     * its header), bars vertical. Call after the data rows.
     */
    public Blad staafgrafiek(String titel, int categorieKolom, int... reeksKolommen) {
        int eerste = kopRij + 1;
        int laatste = laatsteDataRij();
        if (laatste < eerste || reeksKolommen.length == 0) {
            return this;
        }
        int links = kolommen.size() + 1;
        int boven = kopRij + grafieken * 22;
        grafieken++;
        List<String> namen = Arrays.stream(reeksKolommen).mapToObj(k -> kolommen.get(k).kop()).toList();
        blad.staafgrafiek(titel, links, boven, 10, 20, kopRij, eerste, laatste, categorieKolom, reeksKolommen, namen);
        return this;
    }

    /**
     * A peildatum cell: the date as a date cell when it is one, otherwise its label as text
     * ("1e helft 2023" is no single day).
     */
    public static Object datumOfTekst(LocalDate dag, String label) {
        return dag != null ? dag : label;
    }

    /** 0-based index of the header row, or −1. */
    public int kopRij() {
        return kopRij;
    }

    /** 0-based index of the last data row (before any totals row and notes). */
    public int laatsteDataRij() {
        return laatsteData >= 0 ? laatsteData : kopRij;
    }

    /** Escape hatch to the POI sheet; not in a workbook that the tool writes itself ({@link XlsxWerkboek#tabellen}). */
    public XSSFSheet poi() {
        vrijgegeven = true;
        return blad.poi();
    }

    /**
     * A formula that the caller writes through {@link #poi()}, with the value the caller worked out
     * stored as its cached value, so that saving needs no formula evaluator for it. The caller
     * answers for that value being the formula's: a test compares it with POI's evaluator
     * (StoplichtBladTest for the stoplichten).
     */
    public void formule(XSSFCell cel, String formule, double waarde) {
        cel.setCellFormula(formule);
        cel.setCellValue(waarde);
        berekend.add(cel);
    }

    /** As {@link #formule(XSSFCell, String, double)} for a formula whose value is text. */
    public void formule(XSSFCell cel, String formule, String waarde) {
        cel.setCellFormula(formule);
        cel.setCellValue(waarde);
        berekend.add(cel);
    }

    /**
     * The totals row's number in column {@code kolom} as saving stores it: its {@code SUM} worked out
     * by {@link Som}, or the 0 of a totals row without data rows; empty where the column has no
     * number there, or where only POI's evaluator can judge the sum.
     */
    public OptionalDouble totaalwaarde(int kolom) {
        for (Som som : totalen) {
            if (som.kolom() == kolom) return som.waarde();
        }
        return totaalRij < 0 ? OptionalDouble.empty() : blad.getalVan(totaalRij, kolom);
    }

    /** The formulas written with their value through {@code formule}. */
    List<XSSFCell> berekend() {
        return berekend;
    }

    /** The totals this sheet made (its only formulas unless {@link #vrijgegeven()}). */
    List<Som> totalen() {
        return totalen;
    }

    /** Whether others may have written to the sheet (formulas too) through {@link #poi()}. */
    boolean vrijgegeven() {
        return vrijgegeven;
    }

    void afronden() {
        if (kopRij >= 0) {
            blad.bevries(kopRij + 1);
            int laatste = Math.max(laatsteDataRij(), kopRij + 1);
            blad.filter(kopRij, laatste, 0, kolommen.size() - 1);
        }
        for (int k = 0; k < breedten.size(); k++) {
            int tekens = Math.max(MIN_BREEDTE, Math.min(MAX_BREEDTE, breedten.get(k) + 2));
            blad.kolombreedte(k, tekens * 256);
        }
        int tekens = breedten.stream().mapToInt(b -> Math.max(MIN_BREEDTE, Math.min(MAX_BREEDTE, b + 2))).sum();
        Afdruk.notenOverBreedte(blad, regelRijen, kolommen.size(), tekens, stijlen.regelOverBreedte);
        Afdruk.instellen(blad, kopRij, kolommen.size(), tekens);
    }

    private void schrijf(int rij, int k, Object waarde) {
        if (waarde == null) {
            return;
        }
        Soort soort = kolommen.get(k).soort();
        if (waarde instanceof Number getal && soort != Soort.TEKST) {
            boolean geheel = geheel(getal);
            blad.getal(rij, k, getal.doubleValue());
            XSSFCellStyle stijl = switch (soort) {
                case PROCENT -> stijlen.procent;
                case DECIMAAL -> stijlen.decimaal;
                case GEHEEL -> stijlen.geheel;
                default -> geheel ? stijlen.geheel : stijlen.decimaal;
            };
            blad.stijl(rij, k, stijl);
            if (soort == Soort.AUTO) {
                kolommen.set(k, new Kolom(kolommen.get(k).kop(), geheel ? Soort.GEHEEL : Soort.DECIMAAL));
            }
            meet(k, stijl == stijlen.geheel ? tekensGeheel(getal.longValue())
                    : stijl == stijlen.procent ? 7 : tekensDecimaal(new BigDecimal(getal.toString())));
        } else if (waarde instanceof LocalDate datum) {
            datum(rij, k, datum.atStartOfDay());
        } else if (waarde instanceof LocalDateTime tijd) {
            datum(rij, k, tijd);
        } else {
            String tekst = waarde.toString();
            cel(rij, k, tekst, stijlen.tekst, true);
        }
    }

    /** As POI's {@code setCellValue(LocalDateTime)}: the serial number of the 1900 date system. */
    private void datum(int rij, int k, LocalDateTime tijd) {
        blad.getal(rij, k, DateUtil.getExcelDate(tijd, false));
        blad.stijl(rij, k, stijlen.datum);
        meet(k, 17);
    }

    private void cel(int rij, int k, String tekst, XSSFCellStyle stijl, boolean meten) {
        blad.tekst(rij, k, tekst); // always text, never setCellFormula: input stays inert
        blad.stijl(rij, k, lijktFormule(tekst) && stijl == stijlen.tekst ? stijlen.tekstLetterlijk : stijl);
        if (meten) {
            meet(k, tekst.length());
        }
    }

    /**
     * The length of {@link Opmaak#getal(long)}'s text ("−1.944": sign, digits, a dot per three),
     * counted rather than formatted: a column's width needs only the length, and a
     * {@code DecimalFormat} per number cell was a tenth of writing the cell.
     */
    static int tekensGeheel(long waarde) {
        String cijfers = Long.toString(waarde);
        int teken = waarde < 0 ? 1 : 0;
        int n = cijfers.length() - teken;
        return teken + n + (n - 1) / 3;
    }

    /** The length of {@link Opmaak#getal(BigDecimal, int)}'s text with 2 decimals ("−1.944,50"). */
    static int tekensDecimaal(BigDecimal waarde) {
        BigDecimal afgerond = waarde.setScale(2, java.math.RoundingMode.HALF_UP);
        int n = afgerond.abs().toBigInteger().toString().length();
        return (afgerond.signum() < 0 ? 1 : 0) + n + (n - 1) / 3 + 3;
    }

    private static boolean lijktFormule(String tekst) {
        return !tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0;
    }

    private static boolean geheel(Number getal) {
        if (getal instanceof Integer || getal instanceof Long || getal instanceof Short
                || getal instanceof Byte || getal instanceof BigInteger) {
            return true;
        }
        return getal instanceof BigDecimal bd && bd.scale() <= 0;
    }

    private void meet(int k, int tekens) {
        while (breedten.size() <= k) {
            breedten.add(0);
        }
        breedten.set(k, Math.max(breedten.get(k), tekens));
    }
}
