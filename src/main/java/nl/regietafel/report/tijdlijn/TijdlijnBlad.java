package nl.regietafel.report.tijdlijn;

import java.util.ArrayList;
import java.util.List;

import nl.regietafel.domain.tijdlijn.Tijdlijn;
import nl.regietafel.report.kaart.Regioblik;
import nl.regietafel.report.xlsx.Blad;
import nl.regietafel.report.xlsx.Blad.Kolom;
import nl.regietafel.report.xlsx.Bladgrafiek;
import nl.regietafel.report.xlsx.XlsxWerkboek;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/** A timeline as a sheet: one row per month, one column per series, and a native line chart over those cells. */
public final class TijdlijnBlad {

    private static final byte[][] KLEUREN = {{0x15, 0x42, 0x73}, {(byte) 0xE1, 0x70, 0x00}, {0x76, 0x76, 0x76}};

    private TijdlijnBlad() {
    }

    public static void schrijf(Blad b, Tijdlijn t, String ondertitel) {
        b.titel(t.titel()).regel(ondertitel)
                .regel("Plekken op de eerste van de maand uit Open vanaf en Beschikbaar tot van de locaties; opgave van de eerstvolgende peildatum.");
        List<Kolom> kolommen = new ArrayList<>(List.of(Kolom.tekst("Maand")));
        t.alle().forEach(r -> kolommen.add(Kolom.geheel(r.naam())));
        b.kolommen(kolommen.toArray(Kolom[]::new));
        for (int i = 0; i < t.maanden().size(); i++) {
            Object[] rij = new Object[kolommen.size()];
            rij[0] = Regioblik.maand(t.maanden().get(i));
            for (int k = 0; k < t.alle().size(); k++) rij[k + 1] = t.alle().get(k).waarden().get(i);
            b.rij(rij);
        }
        lijngrafiek(b, t.titel(), t.plekken().size(), kolommen.size());
    }

    /** Places solid, opgaven dashed, so the chart reads in grey print too. */
    private static void lijngrafiek(Blad b, String titel, int plekken, int kolommen) {
        int eerste = b.kopRij() + 1;
        int laatste = b.laatsteDataRij();
        if (laatste < eerste) return;
        XSSFDrawing tekening = b.poi().createDrawingPatriarch();
        XSSFClientAnchor anker = tekening.createAnchor(0, 0, 0, 0, kolommen + 1, b.kopRij(), kolommen + 12, b.kopRij() + 22);
        XSSFChart grafiek = tekening.createChart(anker);
        Bladgrafiek.zonderEigenWerkboek(grafiek, b.poi());
        grafiek.setTitleText(titel);
        grafiek.setTitleOverlay(false);
        grafiek.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis maanden = grafiek.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis waarden = grafiek.createValueAxis(AxisPosition.LEFT);
        waarden.setCrosses(AxisCrosses.AUTO_ZERO);
        waarden.setNumberFormat(XlsxWerkboek.Stijlen.GEHEEL);
        XDDFDataSource<String> categorieen = XDDFDataSourcesFactory.fromStringCellRange(b.poi(),
                new CellRangeAddress(eerste, laatste, 0, 0));
        XDDFLineChartData lijnen = (XDDFLineChartData) grafiek.createData(ChartTypes.LINE, maanden, waarden);
        lijnen.setVaryColors(false);
        for (int k = 1; k < kolommen; k++) {
            XDDFNumericalDataSource<Double> reeksWaarden = XDDFDataSourcesFactory.fromNumericCellRange(b.poi(),
                    new CellRangeAddress(eerste, laatste, k, k));
            XDDFLineChartData.Series reeks = (XDDFLineChartData.Series) lijnen.addSeries(categorieen, reeksWaarden);
            reeks.setTitle(b.poi().getRow(b.kopRij()).getCell(k).getStringCellValue(),
                    new CellReference(b.poi().getSheetName(), b.kopRij(), k, true, true));
            reeks.setSmooth(false);
            reeks.setMarkerStyle(k <= plekken ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
            XDDFLineProperties lijn = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(KLEUREN[(k - 1) % KLEUREN.length])));
            lijn.setWidth(k <= plekken ? 2.25 : 1.75);
            if (k > plekken) lijn.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            reeks.setLineProperties(lijn);
        }
        grafiek.plot(lijnen);
    }
}
