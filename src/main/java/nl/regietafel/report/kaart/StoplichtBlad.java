package nl.regietafel.report.kaart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import nl.regietafel.domain.stoplicht.Stoplicht;
import nl.regietafel.domain.stoplicht.Stoplichtdrempels;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The traffic-light matrix as a sheet: per opgave the opgave and realisatie as numbers, the share
 * and the status as formulas over those cells, and conditional formatting over the same numbers,
 * so a changed figure changes its colour and word in Excel too.
 */
public final class StoplichtBlad {

    private static final int PER_OPGAVE = 4;

    private StoplichtBlad() {
    }

    public static void schrijf(Blad b, Stoplichtmatrix m, String ondertitel) {
        b.titel("Stoplichten per gemeente en opgave").regel(ondertitel)
                .regel("Status: " + m.uitleg() + ". Aandeel en status zijn formules over de cellen opgave en gerealiseerd.");
        List<Kolom> kolommen = new ArrayList<>(List.of(Kolom.tekst("Gemeente")));
        for (Stoplichtmatrix.Kolom k : m.kolommen()) {
            kolommen.add(Kolom.geheel(k.kop() + " opgave"));
            kolommen.add(Kolom.geheel(k.kop() + " gerealiseerd"));
            kolommen.add(Kolom.procent(k.kop() + " aandeel"));
            kolommen.add(Kolom.tekst(k.kop() + " status"));
        }
        b.kolommen(kolommen.toArray(Kolom[]::new));
        for (Stoplichtmatrix.Rij r : m.rijen()) b.rij(waarden(r));
        int eerste = b.kopRij() + 1;
        int laatste = b.laatsteDataRij();
        int[] somKolommen = new int[2 * m.kolommen().size()];
        for (int i = 0; i < m.kolommen().size(); i++) {
            somKolommen[2 * i] = 1 + PER_OPGAVE * i;
            somKolommen[2 * i + 1] = 2 + PER_OPGAVE * i;
        }
        b.totaal("Som gemeenten", somKolommen);
        XSSFSheet blad = b.poi();
        for (int rij = eerste; rij <= laatste + 1; rij++) {
            XSSFRow r = blad.getRow(rij);
            boolean totaalrij = rij == laatste + 1;
            for (int i = 0; i < m.kolommen().size(); i++) {
                int kOpgave = 1 + PER_OPGAVE * i;
                int kReal = 2 + PER_OPGAVE * i;
                // the totals row's opgave and realisatie are its SUMs, worked out as saving stores them
                double opgaveWaarde = totaalrij ? totaal(b, kOpgave) : getal(r, kOpgave);
                double realWaarde = totaalrij ? totaal(b, kReal) : getal(r, kReal);
                String opgave = ref(rij, kOpgave);
                String real = ref(rij, kReal);
                int maand = m.kolommen().get(i).maand();
                String norm = norm(opgave, maand);
                Stoplichtdrempels d = m.kolommen().get(i).drempels();
                Formulewaarde w = new Formulewaarde(opgaveWaarde, realWaarde, maand, d);
                String aandeel = "IF(" + opgave + ">0," + real + "/" + opgave + ",\"\")";
                XSSFCell aandeelcel = cel(r, 3 + PER_OPGAVE * i, blad, eerste);
                OptionalDouble aandeelwaarde = w.aandeel();
                if (aandeelwaarde.isPresent()) {
                    b.formule(aandeelcel, aandeel, aandeelwaarde.getAsDouble());
                } else {
                    b.formule(aandeelcel, aandeel, "");
                }
                b.formule(cel(r, 4 + PER_OPGAVE * i, blad, eerste), "IF(" + opgave + "<=0,\"" + Stoplicht.GEEN_OPGAVE.woord() + "\",IF(100*" + real + ">="
                        + d.opSchemaVanaf() + "*" + norm + ",\"" + Stoplicht.OP_SCHEMA.woord() + "\",IF(100*" + real + ">="
                        + d.achterVanaf() + "*" + norm + ",\"" + Stoplicht.ACHTER.woord() + "\",\"" + Stoplicht.VER_ACHTER.woord()
                        + "\")))", w.status().woord());
            }
        }
        kleuren(blad, m, eerste, laatste + 1);
    }

    private static Object[] waarden(Stoplichtmatrix.Rij r) {
        Object[] w = new Object[1 + PER_OPGAVE * r.cellen().size()];
        w[0] = r.naam();
        for (int i = 0; i < r.cellen().size(); i++) {
            Stoplichtmatrix.Cel c = r.cellen().get(i);
            w[1 + PER_OPGAVE * i] = c.opgave();
            w[2 + PER_OPGAVE * i] = c.realisatie();
            w[3 + PER_OPGAVE * i] = 0.0; // replaced by a formula; the number gives the cell its percent style
            w[4 + PER_OPGAVE * i] = c.status().woord();
        }
        return w;
    }

    /** The formula's cell, made with the style of the data row above where the totals row has none. */
    private static XSSFCell cel(XSSFRow r, int kolom, XSSFSheet blad, int eerste) {
        XSSFCell c = r.getCell(kolom);
        if (c == null) {
            c = r.createCell(kolom);
            XSSFCell boven = blad.getRow(eerste).getCell(kolom);
            if (boven != null) c.setCellStyle(boven.getCellStyle());
        }
        return c;
    }

    /** A totals cell's number; the sheet writes only numbers above it, so its SUM always has one. */
    private static double totaal(Blad b, int kolom) {
        return b.totaalwaarde(kolom).orElseThrow(() -> new IllegalStateException("Stoplichten: geen som in kolom " + kolom));
    }

    /** A number cell's value; an empty cell counts as 0, as in the formulas. */
    private static double getal(XSSFRow r, int kolom) {
        XSSFCell c = r.getCell(kolom);
        return c != null && c.getCellType() == CellType.NUMERIC ? c.getNumericCellValue() : 0;
    }

    /** Green, amber and red fills over share and status, from the same numbers as the formulas. */
    private static void kleuren(XSSFSheet blad, Stoplichtmatrix m, int eerste, int laatste) {
        SheetConditionalFormatting cf = blad.getSheetConditionalFormatting();
        for (int i = 0; i < m.kolommen().size(); i++) {
            String opgave = "$" + CellReference.convertNumToColString(1 + PER_OPGAVE * i) + (eerste + 1);
            String real = "$" + CellReference.convertNumToColString(2 + PER_OPGAVE * i) + (eerste + 1);
            String norm = norm(opgave, m.kolommen().get(i).maand());
            Stoplichtdrempels d = m.kolommen().get(i).drempels();
            CellRangeAddress[] bereik = {new CellRangeAddress(eerste, laatste, 3 + PER_OPGAVE * i, 4 + PER_OPGAVE * i)};
            cf.addConditionalFormatting(bereik, new ConditionalFormattingRule[]{
                    regel(cf, "AND(" + opgave + ">0,100*" + real + ">=" + d.opSchemaVanaf() + "*" + norm + ")", Stoplicht.OP_SCHEMA),
                    regel(cf, "AND(" + opgave + ">0,100*" + real + "<" + d.opSchemaVanaf() + "*" + norm + ",100*" + real + ">="
                            + d.achterVanaf() + "*" + norm + ")", Stoplicht.ACHTER),
                    regel(cf, "AND(" + opgave + ">0,100*" + real + "<" + d.achterVanaf() + "*" + norm + ")", Stoplicht.VER_ACHTER)});
        }
    }

    private static ConditionalFormattingRule regel(SheetConditionalFormatting cf, String formule, Stoplicht s) {
        ConditionalFormattingRule r = cf.createConditionalFormattingRule(formule);
        PatternFormatting vulling = r.createPatternFormatting();
        vulling.setFillBackgroundColor(kleur(s.achtergrond()));
        vulling.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        FontFormatting letter = r.createFontFormatting();
        letter.setFontColor(kleur(s.tekstkleur()));
        return r;
    }

    private static XSSFColor kleur(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[]{(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }

    /** The norm op schema as a formula term: the opgave, or maand/6 of it. */
    private static String norm(String opgave, int maand) {
        return maand >= 6 ? opgave : "(" + opgave + "*" + maand + "/6)";
    }

    private static String ref(int rij, int kolom) {
        return new CellReference(rij, kolom).formatAsString();
    }
}
