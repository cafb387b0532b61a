package nl.regietafel.report.xlsx;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;

import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The rows and cells of an {@link EigenBlad}, and their XML: each cell with its value as POI stores it
 * (a shared string's number, a number as {@code String.valueOf(double)}, an error's code) and its
 * attributes in the order POI sets them.
 */
final class Bladcellen {

    /** One cell; {@code stijlEerst} when its style came before its value (POI writes the attributes in that order). */
    private static final class Cel {
        int stijl = -1;
        boolean stijlEerst;
        /** 's' shared string, 'n' number, 'e' error, 0 none yet */
        char soort;
        String v;
        double getal;
        String tekst;
        String formule;
    }

    private static final class Rij {
        final TreeMap<Integer, Cel> cellen = new TreeMap<>();
        float hoogte = -1;
    }

    private final TreeMap<Integer, Rij> rijen = new TreeMap<>();

    void rij(int rij) {
        rijen.put(rij, new Rij());
    }

    private Cel cel(int rij, int kolom) {
        return rijen.get(rij).cellen.computeIfAbsent(kolom, k -> new Cel());
    }

    private Cel bestaand(int rij, int kolom) {
        Rij r = rijen.get(rij);
        return r == null ? null : r.cellen.get(kolom);
    }

    /** A text cell: {@code nummer} is its place in the workbook's shared strings. */
    void tekst(int rij, int kolom, String tekst, int nummer) {
        Cel c = cel(rij, kolom);
        c.soort = 's';
        c.tekst = tekst;
        c.v = Integer.toString(nummer);
    }

    void getal(int rij, int kolom, double waarde) {
        zetGetal(cel(rij, kolom), waarde);
    }

    /** As POI's {@code setCellValue(double)}: an infinity is #DIV/0!, not-a-number #NUM!. */
    private static void zetGetal(Cel c, double waarde) {
        if (Double.isInfinite(waarde)) {
            fout(c, FormulaError.DIV0);
        } else if (Double.isNaN(waarde)) {
            fout(c, FormulaError.NUM);
        } else {
            c.soort = 'n';
            c.getal = waarde;
            c.v = String.valueOf(waarde);
        }
    }

    private static void fout(Cel c, FormulaError fout) {
        c.soort = 'e';
        c.v = fout.getString();
    }

    void stijl(int rij, int kolom, int stijl) {
        Cel c = cel(rij, kolom);
        if (c.stijl < 0 && c.soort == 0) c.stijlEerst = true;
        c.stijl = stijl;
    }

    /** As POI: a formula in an empty cell first gives it the value 0. */
    void formule(int rij, int kolom, String formule) {
        Cel c = cel(rij, kolom);
        if (c.soort == 0) zetGetal(c, 0);
        c.formule = formule;
    }

    String tekstVan(int rij, int kolom) {
        Cel c = bestaand(rij, kolom);
        return c != null && c.formule == null && c.soort == 's' ? c.tekst : null;
    }

    OptionalDouble getalVan(int rij, int kolom) {
        Cel c = bestaand(rij, kolom);
        return c != null && c.formule == null && c.soort == 'n' ? OptionalDouble.of(c.getal) : OptionalDouble.empty();
    }

    OptionalDouble som(int kolom, int eerste, int laatste) {
        double som = 0;
        for (int r = eerste; r <= laatste; r++) {
            Cel c = bestaand(r, kolom);
            if (c == null || c.soort == 's' || c.soort == 0) continue;
            if (c.formule != null || c.soort != 'n') return OptionalDouble.empty();
            som += c.getal;
        }
        return Double.isFinite(som) ? OptionalDouble.of(som) : OptionalDouble.empty();
    }

    /**
     * The sum, or as POI's evaluator judges a range that holds an error: the first error in row order
     * is the result; a sum beyond a double's range is #NUM!.
     */
    boolean somOpslaan(int rij, int kolom, int eerste, int laatste) {
        Cel totaal = cel(rij, kolom);
        OptionalDouble w = som(kolom, eerste, laatste);
        if (w.isPresent()) {
            zetGetal(totaal, w.getAsDouble());
            return true;
        }
        for (int r = eerste; r <= laatste; r++) {
            Cel c = bestaand(r, kolom);
            if (c != null && c.formule == null && c.soort == 'e') {
                totaal.soort = 'e';
                totaal.v = c.v;
                return true;
            }
        }
        totaal.soort = 'e';
        totaal.v = FormulaError.NUM.getString();
        return true;
    }

    void hoogte(int rij, float punten) {
        rijen.get(rij).hoogte = punten;
    }

    /** The row's height in points, or −1 for the default. */
    float hoogte(int rij) {
        Rij r = rijen.get(rij);
        return r == null ? -1 : r.hoogte;
    }

    int laatsteRij() {
        return rijen.isEmpty() ? -1 : rijen.lastKey();
    }

    int aantalRijen() {
        return rijen.size();
    }

    /** As {@code XSSFSheet.write}: first to last row, the smallest first and the largest last cell; A1 without cells. */
    String dimensie() {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Rij rij : rijen.values()) {
            if (rij.cellen.isEmpty()) continue;
            min = Math.min(min, rij.cellen.firstKey());
            max = Math.max(max, rij.cellen.lastKey());
        }
        if (min == Integer.MAX_VALUE) return "A1";
        String van = new CellReference(rijen.firstKey(), min).formatAsString();
        String tot = new CellReference(rijen.lastKey(), max).formatAsString();
        return van.equals(tot) ? van : van + ":" + tot;
    }

    /** {@code <sheetData>} with every row and cell in order, as XMLBeans saves POI's rows. */
    void sheetData(StringBuilder x) {
        if (rijen.isEmpty()) {
            x.append("<sheetData/>");
            return;
        }
        x.append("<sheetData>");
        rijen.forEach((r, rij) -> rij(x, r, rij));
        x.append("</sheetData>");
    }

    private static void rij(StringBuilder x, int r, Rij rij) {
        x.append("<row r=\"").append(r + 1).append('"');
        if (rij.hoogte >= 0) x.append(" ht=\"").append((double) rij.hoogte).append("\" customHeight=\"true\"");
        if (rij.cellen.isEmpty()) {
            x.append("/>");
            return;
        }
        x.append('>');
        rij.cellen.forEach((k, c) -> {
            x.append("<c r=\"").append(CellReference.convertNumToColString(k)).append(r + 1).append('"');
            String t = c.soort == 0 ? null : " t=\"" + c.soort + '"';
            String s = c.stijl < 0 ? null : " s=\"" + c.stijl + '"';
            if (c.stijlEerst) {
                x.append(s);
                if (t != null) x.append(t);
            } else {
                if (t != null) x.append(t);
                if (s != null) x.append(s);
            }
            if (c.soort == 0) {
                x.append("/>");
                return;
            }
            x.append('>');
            if (c.formule != null) x.append("<f>").append(Xmltekst.tekst(c.formule)).append("</f>");
            x.append("<v>").append(c.v).append("</v></c>");
        });
        x.append("</row>");
    }
}
