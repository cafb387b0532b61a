package nl.regietafel.report.verloop;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import nl.regietafel.report.verloop.VerloopModel.*;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.Bladgrafiek;
import nl.regietafel.report.xlsx.XlsxWerkboek;

/**
 * The development over time in a workbook: one sheet "Verloop" with a row per month and, per
 * opgave, native line charts over the sheet's own cells (realisatie against the opgave, one
 * point per month); "Verloop statushouders" with the half year against the on-schedule line; and
 * "Halfjaaroordeel" in June and December.
 */
public final class VerloopBlad {

    private static final byte[] DONKERBLAUW = {0x15, 0x42, 0x73};
    private static final byte[] ORANJE = {(byte) 0xE1, 0x70, 0x00};

    private VerloopBlad() {
    }

    public static void schrijf(XlsxWerkboek wb, VerloopModel v, String ondertitel) {
        if (!v.lijnen().isEmpty()) verloop(wb.blad("Verloop"), v, ondertitel);
        if (v.statushouders() != null) statushouders(wb.blad("Verloop statushouders"), v.statushouders(), ondertitel);
        if (v.oordeel() != null) oordeel(wb.blad("Halfjaaroordeel"), v.oordeel(), ondertitel);
    }

    private static void verloop(Blad b, VerloopModel v, String ondertitel) {
        b.titel("Verloop per maand: beschikbaar op de peildatum tegen de opgave zoals die maand bekend").regel(ondertitel);
        List<Kolom> kolommen = new ArrayList<>();
        kolommen.add(Kolom.tekst("Maand"));
        for (Lijn l : v.lijnen()) {
            kolommen.add(Kolom.geheel(l.kort() + " beschikbaar " + l.peildatum()));
            kolommen.add(Kolom.geheel(l.kort() + " opgave " + l.peildatum()));
        }
        b.kolommen(kolommen.toArray(Kolom[]::new));
        int maanden = v.lijnen().get(0).punten().size();
        for (int i = 0; i < maanden; i++) {
            List<Object> rij = new ArrayList<>();
            rij.add(v.lijnen().get(0).punten().get(i).label());
            for (Lijn l : v.lijnen()) {
                rij.add(l.punten().get(i).realisatie());
                rij.add(l.punten().get(i).opgave());
            }
            b.rij(rij.toArray());
        }
        for (Lijn l : v.lijnen()) b.regel(l.titel() + ": " + l.trend() + "; " + l.stand() + ".");
        if (v.eerstePeriode()) b.regel(v.periodeTekst());
        b.regel("Beschikbaar: plekken in gebruik die op de peildatum nog beschikbaar zijn (zoals Tabel 1 telt). Opgave: de opgave"
                + " voor die peildatum volgens de documenten die in die maand bekend waren; een latere circulaire of brief geeft een trede.");
        for (int k = 0; k < v.lijnen().size(); k++) {
            lijngrafiek(b, v.lijnen().get(k).titel(), 0, k, 1 + 2 * k, 2 + 2 * k);
        }
    }

    private static void statushouders(Blad b, Statushouderslijn s, String ondertitel) {
        b.titel("Statushouders " + s.halfjaar() + ": cumulatief gehuisvest tegen de lijn op schema").regel(ondertitel);
        b.kolommen(Kolom.tekst("Maand"), Kolom.geheel("Gehuisvest (cumulatief)"), Kolom.decimaal("Op schema"),
                Kolom.geheel("Gecorrigeerde taakstelling"));
        s.punten().forEach(p -> b.rij(p.label(), p.gehuisvest(), p.opSchema(), p.gecorrigeerd()));
        b.regel(s.regel());
        b.regel(s.stand());
        lijngrafiek(b, "Statushouders " + s.halfjaar() + ": gehuisvest tegen op schema", 0, 0, 1, 2);
    }

    private static void oordeel(Blad b, Oordeel o, String ondertitel) {
        b.titel("Halfjaaroordeel huisvesting statushouders, " + o.halfjaar()).regel(ondertitel);
        if (o.geenOordeel() != null) {
            b.regel(o.geenOordeel());
            return;
        }
        b.regel("Schaal: " + o.schaal() + (o.aanname() ? " (drempels aangenomen)" : "") + ". Bron: " + o.bron());
        b.kolommen(Kolom.tekst("Gemeente"), Kolom.geheel("Taakstelling"), Kolom.geheel("Achterstand begin"),
                Kolom.geheel("Gecorrigeerd"), Kolom.geheel("Gehuisvest"), Kolom.tekst("%"), Kolom.tekst("Gehaald"),
                Kolom.tekst("Oordeel"), Kolom.geheel("Schuift door naar " + o.volgendHalfjaar()));
        o.gemeenten().forEach(r -> b.rij(r.naam(), r.taakstelling(), r.achterstandBegin(), r.gecorrigeerd(), r.gehuisvest(),
                r.procent(), r.gehaald() ? "ja" : "nee", r.categorie(), r.doorschuiven()));
        b.totaal("Totaal", 1, 2, 3, 4, 8);
        b.regel(o.samenvatting());
        if (o.totaal() != null) {
            Oordeelregel t = o.totaal();
            b.regel(t.naam() + " als geheel: " + t.procent() + " gehuisvest, " + t.categorie() + "; schuift door: " + t.doorschuiven() + ".");
        }
        o.categorieen().forEach(c -> b.regel(c.naam() + ": " + c.vanaf() + " van de gecorrigeerde taakstelling gehuisvest"
                + (c.betekenis().isEmpty() ? "" : " — " + c.betekenis())));
    }

    /**
     * A native line chart over this sheet's cells: categories from column {@code categorie}, the
     * first series solid with markers, the second dashed; one point per data row.
     */
    static void lijngrafiek(Blad b, String titel, int categorie, int volgnummer, int... reeksen) {
        XSSFSheet blad = b.poi();
        int eerste = b.kopRij() + 1;
        int laatste = b.laatsteDataRij();
        if (laatste < eerste) return;
        int links = b.poi().getRow(b.kopRij()).getLastCellNum() + 1;
        Bladgrafiek g = Bladgrafiek.nieuw(blad, titel, true, links, b.kopRij() + volgnummer * 18, 9, 16);
        XSSFChart grafiek = g.chart();
        XDDFDataSource<String> maanden = XDDFDataSourcesFactory.fromStringCellRange(blad,
                new CellRangeAddress(eerste, laatste, categorie, categorie));
        XDDFLineChartData lijnen = (XDDFLineChartData) grafiek.createData(ChartTypes.LINE, g.categorieAs(), g.waardeAs());
        lijnen.setVaryColors(false);
        for (int i = 0; i < reeksen.length; i++) {
            int k = reeksen[i];
            XDDFNumericalDataSource<Double> waarden = XDDFDataSourcesFactory.fromNumericCellRange(blad,
                    new CellRangeAddress(eerste, laatste, k, k));
            XDDFLineChartData.Series reeks = (XDDFLineChartData.Series) lijnen.addSeries(maanden, waarden);
            reeks.setTitle(blad.getRow(b.kopRij()).getCell(k).getStringCellValue(),
                    new CellReference(blad.getSheetName(), b.kopRij(), k, true, true));
            reeks.setSmooth(false);
            XDDFLineProperties lijn = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(i == 0 ? DONKERBLAUW : ORANJE)));
            lijn.setWidth(i == 0 ? 2.25 : 1.5);
            if (i > 0) lijn.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            reeks.setLineProperties(lijn);
            reeks.setMarkerStyle(i == 0 ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
        }
        grafiek.plot(lijnen);
    }
}
