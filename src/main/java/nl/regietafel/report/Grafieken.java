package nl.regietafel.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

/**
 * Charts for the PDFs, drawn with JFreeChart in DejaVu Sans with Dutch number axes.
 *
 * <p>Two ways into a PDF:
 * <ul>
 *   <li>vector (preferred: sharp, small, ~1 ms): build a {@link Grafiek} with {@link #staaf} or
 *       {@link #lijn}, pass it to {@link PdfRenderer#render(String, java.nio.file.Path,
 *       PdfEigenschappen, java.util.Map)} under a name, and write {@code <img src="grafiek:naam"/>}
 *       (sized in CSS) in the template;</li>
 *   <li>PNG: {@link #staafdiagram} / {@link #lijndiagram} / {@link #png} give PNG bytes at twice
 *       the layout size (~15–20 ms each, mostly PNG encoding); {@link #dataUri} makes them an
 *       {@code <img src>} that also works in HTML.</li>
 * </ul>
 *
 * <p>Thread-safe: fonts are loaded once; every call builds its own chart. A {@link Grafiek} is
 * drawn by one document at a time.
 */
public final class Grafieken {

    /** Layout size in CSS pixels (96 per inch): 640 × 320 is 169 × 85 mm. */
    public record Formaat(int breedte, int hoogte) {
        public static final Formaat STANDAARD = new Formaat(640, 320);
    }

    /** One series: its name in the legend and one value per category (null = no value). */
    public record Reeks(String naam, List<? extends Number> waarden) {
    }

    /** A chart ready to draw, with its layout size (which also gives its aspect ratio). */
    public record Grafiek(JFreeChart chart, Formaat formaat) {
    }

    /**
     * A plot of its own that tells every text it may draw, so that a PDF can choose its fonts
     * before the plot is drawn (see PdfRenderer); a plot that does not is drawn with the full faces.
     */
    public interface Tekstbron {
        List<String> teksten();
    }

    public static final Color DONKERBLAUW = new Color(0x15, 0x42, 0x73);
    public static final Color LICHTBLAUW = new Color(0x8F, 0xCA, 0xE7);
    public static final Color ORANJE = new Color(0xE1, 0x70, 0x00);
    private static final Color RASTER = new Color(0xD0, 0xD5, 0xDC);
    private static final Color TEKST = new Color(0x22, 0x22, 0x22);
    private static final Color[] KLEUREN = {DONKERBLAUW, LICHTBLAUW, ORANJE, new Color(0x76, 0x76, 0x76)};
    private static final int SCHAAL = 2;

    private final Font regulier;
    private final Font vet;

    /** With the fonts that ship with the tool. */
    public Grafieken() {
        this(Lettertypen.meegeleverd());
    }

    public Grafieken(Lettertypen lettertypen) {
        this.regulier = laad(lettertypen.regulier());
        this.vet = laad(lettertypen.vet());
    }

    /** The charts' regular face (DejaVu Sans), for drawings beside them such as maps. */
    public Font regulier() {
        return regulier;
    }

    /** The charts' bold face. */
    public Font vet() {
        return vet;
    }

    private static Font laad(Lettertypen.Snit snit) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(snit.bytes()));
        } catch (IOException | FontFormatException e) {
            throw new RenderFout("Lettertype " + snit.bestand() + " is onleesbaar: " + e.getMessage(), e);
        }
    }

    /**
     * Clustered bars, one group per category (gemeente), horizontal so long names stay readable.
     * {@code titel} may be null (the PDF's caption usually says it already). Horizontal bars make the chart
     * higher than {@code formaat} asks where that is needed for every value to stay clear of its neighbours'
     * ({@link #staafhoogte}).
     */
    public Grafiek staaf(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen) {
        return staaf(titel, waardeAs, categorieen, reeksen, PlotOrientation.HORIZONTAL, Formaat.STANDAARD);
    }

    public Grafiek staaf(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen,
                         PlotOrientation richting, Formaat formaat) {
        return staaf(titel, waardeAs, categorieen, reeksen, richting, formaat, false);
    }

    /**
     * Horizontal {@link #staaf} for a page with little room: the legend beside the bars instead of under them, and no
     * numbers or grid on the value axis, since every bar carries its own value. As high as those values need: the
     * factsheet's nine bars 145 pixels where the full chart needs 185.
     */
    public Grafiek staafKort(String waardeAs, List<String> categorieen, List<Reeks> reeksen, int breedte) {
        return staaf(null, waardeAs, categorieen, reeksen, PlotOrientation.HORIZONTAL, new Formaat(breedte, 0), true);
    }

    private Grafiek staaf(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen,
                          PlotOrientation richting, Formaat formaat, boolean kort) {
        // Sorted by size (the first series, largest first) so the order says something; few categories keep theirs.
        if (categorieen.size() > 3 && !reeksen.isEmpty()) {
            List<Integer> volgorde = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, categorieen.size()).boxed().toList());
            List<? extends Number> eerste = reeksen.get(0).waarden();
            volgorde.sort(java.util.Comparator.comparingDouble(
                    (Integer i) -> eerste.get(i) == null ? Double.NEGATIVE_INFINITY : eerste.get(i).doubleValue()).reversed());
            categorieen = volgorde.stream().map(categorieen::get).toList();
            reeksen = reeksen.stream().map(r -> new Reeks(r.naam(), volgorde.stream().map(i -> (Number) r.waarden().get(i)).toList())).toList();
        }
        if (richting == PlotOrientation.HORIZONTAL) {
            int nodig = staafhoogte(categorieen.size(), reeksen.size() > 1 ? reeksen.stream().map(Reeks::naam).toList() : List.of(),
                    formaat.breedte(), kort);
            formaat = new Formaat(formaat.breedte(), Math.max(formaat.hoogte(), nodig));
        }
        JFreeChart grafiek = ChartFactory.createBarChart(titel, null, waardeAs,
                gegevens(categorieen, reeksen), richting, reeksen.size() > 1, false, false);
        opmaak(grafiek);
        CategoryPlot plot = grafiek.getCategoryPlot();
        BarRenderer staven = (BarRenderer) plot.getRenderer();
        staven.setBarPainter(new StandardBarPainter());
        staven.setShadowVisible(false);
        staven.setDrawBarOutline(false);
        staven.setItemMargin(ITEMMARGE);
        staven.setMaximumBarWidth(0.08);
        for (int i = 0; i < reeksen.size(); i++) {
            staven.setSeriesPaint(i, KLEUREN[i % KLEUREN.length]);
        }
        // The value beside every bar, in Dutch figures: the reader need not measure against the axis.
        java.text.NumberFormat getal = java.text.NumberFormat.getIntegerInstance(Opmaak.NL);
        staven.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator("{2}", getal));
        staven.setDefaultItemLabelsVisible(true);
        staven.setDefaultItemLabelFont(regulier.deriveFont(11f));
        staven.setDefaultItemLabelPaint(TEKST);
        staven.setDefaultPositiveItemLabelPosition(richting == PlotOrientation.HORIZONTAL
                ? new org.jfree.chart.labels.ItemLabelPosition(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3,
                        org.jfree.chart.ui.TextAnchor.CENTER_LEFT)
                : new org.jfree.chart.labels.ItemLabelPosition(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12,
                        org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER));
        staven.setItemLabelAnchorOffset(3);
        plot.getRangeAxis().setUpperMargin(0.14);
        plot.getDomainAxis().setLowerMargin(ASMARGE);
        plot.getDomainAxis().setUpperMargin(ASMARGE);
        plot.getDomainAxis().setCategoryMargin(CATEGORIEMARGE);
        if (kort) {
            plot.getRangeAxis().setTickLabelsVisible(false);
            // the legend beside the bars narrows them: the names of the categories may take as much width as the bars
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
            plot.setRangeGridlinesVisible(false);
            if (grafiek.getLegend() != null) grafiek.getLegend().setPosition(RectangleEdge.RIGHT);
        }
        return new Grafiek(grafiek, formaat);
    }

    /*
     * Horizontal bars carry their value at their end, in the 11-pixel face: digits 8 pixels high. Bars whose centres
     * lie closer than that print their values over each other (the factsheet's 9 bars in 140 pixels stood 4,9 apart);
     * 10 leaves 2 pixels between two values, and the factsheet's page 2 its room for one more chart.
     */
    private static final double LABELAFSTAND = 10;
    private static final double ASMARGE = 0.02;
    private static final double CATEGORIEMARGE = 0.2;
    private static final double ITEMMARGE = 0.05;
    /** Outside the bars, measured: the value axis and its title 47 pixels, a legend 23 more, each further line of it 21. */
    private static final int ASSEN = 47;
    /** The value axis's title alone, without its numbers (measured). */
    private static final int ASTITEL = 30;
    private static final int LEGENDA = 23;
    private static final int LEGENDAREGEL = 21;
    /** A legend item beside its text: the colour block and the gaps (JFreeChart's, measured as at most 30 pixels). */
    private static final double LEGENDAITEM = 30;
    /** At 160 mm wide 235 mm high, so the figure and its caption still fit an A4 page: a region of up to 35 gemeenten with two series. */
    static final int HOOGSTE = 940;
    private static final java.awt.font.FontRenderContext METEN = new java.awt.font.FontRenderContext(null, true, true);

    /**
     * The height at which the horizontal bars of {@code categorieen} categories, one per name in {@code legenda}
     * (empty: one series, no legend), in a chart {@code breedte} wide, stand at least {@link #LABELAFSTAND} apart,
     * centre to centre, as JFreeChart's
     * {@code BarRenderer} places them: each series {@code (1 − both axis margins − category margin − item margin) /
     * (categories × series)} of the data area, and between two series of a category {@code item margin / (categories ×
     * (series − 1))}; at most {@link #HOOGSTE}. {@code kort}: as {@link #staafKort} draws them, the legend beside the
     * bars (as high as its items) and no axis numbers.
     */
    int staafhoogte(int categorieen, List<String> legenda, int breedte, boolean kort) {
        int reeksen = Math.max(1, legenda.size());
        if (categorieen < 1) return 0;
        double rest = 1 - 2 * ASMARGE - (categorieen > 1 ? CATEGORIEMARGE : 0) - (reeksen > 1 ? ITEMMARGE : 0);
        double reeksbreedte = rest / (categorieen * (double) reeksen);
        double afstand = reeksen > 1
                ? reeksbreedte + ITEMMARGE / (categorieen * (reeksen - 1.0))
                // one bar per category: from one category to the next, with the category gap between them
                : reeksbreedte + (categorieen > 1 ? CATEGORIEMARGE / (categorieen - 1) : 1);
        double staven = LABELAFSTAND / afstand;
        if (kort) return (int) Math.min(HOOGSTE, Math.ceil(ASTITEL + Math.max(staven, LEGENDAREGEL * legenda.size())));
        return (int) Math.min(HOOGSTE, Math.ceil(rand(legenda, breedte) + staven));
    }

    /** Height outside the data area: the axes, and the legend's items flowed into lines of the chart's width. */
    private int rand(List<String> legenda, int breedte) {
        if (legenda.isEmpty()) return ASSEN;
        Font letter = regulier.deriveFont(12f);
        int regels = 1;
        double regel = 0;
        for (String naam : legenda) {
            double item = letter.getStringBounds(naam, METEN).getWidth() + LEGENDAITEM;
            if (regel > 0 && regel + item > breedte) {
                regels++;
                regel = 0;
            }
            regel += item;
        }
        return ASSEN + LEGENDA + LEGENDAREGEL * (regels - 1);
    }

    /** {@link #staaf} as PNG bytes. */
    public byte[] staafdiagram(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen) {
        return png(staaf(titel, waardeAs, categorieen, reeksen));
    }

    /**
     * Lines over time, e.g. "gerealiseerd" against "op schema": the first series solid dark blue
     * with markers, the others dashed.
     */
    public Grafiek lijn(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen) {
        return lijn(titel, waardeAs, categorieen, reeksen, Formaat.STANDAARD);
    }

    public Grafiek lijn(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen,
                        Formaat formaat) {
        JFreeChart grafiek = ChartFactory.createLineChart(titel, null, waardeAs,
                gegevens(categorieen, reeksen), PlotOrientation.VERTICAL, reeksen.size() > 1, false, false);
        opmaak(grafiek);
        CategoryPlot plot = grafiek.getCategoryPlot();
        LineAndShapeRenderer lijnen = (LineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < reeksen.size(); i++) {
            Color kleur = i == 0 ? DONKERBLAUW : KLEUREN[(i + 1) % KLEUREN.length];
            lijnen.setSeriesPaint(i, kleur);
            lijnen.setSeriesStroke(i, i == 0
                    ? new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    // each further line its own dash, so two of them stay apart in grey print too
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                            i % 2 == 1 ? new float[]{6f, 4f} : new float[]{1.5f, 3f}, 0f));
            lijnen.setSeriesShapesVisible(i, i == 0);
        }
        // "dec." above "2022", not "dec. …": two lines, and a label may use its whole category's width
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.9f); // wrap before neighbours touch
        plot.getDomainAxis().setCategoryMargin(0.05);
        if (categorieen.size() > 16) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        return new Grafiek(grafiek, formaat);
    }

    /** {@link #lijn} as PNG bytes. */
    public byte[] lijndiagram(String titel, String waardeAs, List<String> categorieen, List<Reeks> reeksen) {
        return png(lijn(titel, waardeAs, categorieen, reeksen));
    }

    /** {@code data:image/png;base64,…} for an {@code <img src>} in XHTML. */
    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static DefaultCategoryDataset gegevens(List<String> categorieen, List<Reeks> reeksen) {
        DefaultCategoryDataset gegevens = new DefaultCategoryDataset();
        for (Reeks reeks : reeksen) {
            if (reeks.waarden().size() != categorieen.size()) {
                throw new IllegalArgumentException("Reeks " + reeks.naam() + " heeft " + reeks.waarden().size()
                        + " waarden voor " + categorieen.size() + " categorieën");
            }
            for (int i = 0; i < categorieen.size(); i++) {
                gegevens.addValue(reeks.waarden().get(i), reeks.naam(), categorieen.get(i));
            }
        }
        return gegevens;
    }

    private void opmaak(JFreeChart grafiek) {
        StandardChartTheme thema = new StandardChartTheme("Regietafel");
        // Sizes in CSS pixels on a 640-pixel canvas shown about 160 mm wide: 12 px prints as 8,5 pt, 11 px as 7,8 pt
        // (issue 11: value labels and axis text stay readable; at 10 px and 150 mm they were 5,6 pt).
        thema.setExtraLargeFont(vet.deriveFont(15f));
        thema.setLargeFont(vet.deriveFont(12.5f));
        thema.setRegularFont(regulier.deriveFont(12f));
        thema.setSmallFont(regulier.deriveFont(11f));
        thema.setTitlePaint(TEKST);
        thema.setAxisLabelPaint(TEKST);
        thema.setTickLabelPaint(TEKST);
        thema.setLegendItemPaint(TEKST);
        thema.setChartBackgroundPaint(Color.WHITE);
        thema.setLegendBackgroundPaint(Color.WHITE);
        thema.setPlotBackgroundPaint(Color.WHITE);
        thema.setPlotOutlinePaint(Color.WHITE);
        thema.setRangeGridlinePaint(RASTER);
        thema.setDomainGridlinePaint(RASTER);
        thema.apply(grafiek);

        grafiek.setAntiAlias(true);
        grafiek.setTextAntiAlias(true);
        if (grafiek.getTitle() != null) {
            grafiek.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
            grafiek.getTitle().setPadding(new RectangleInsets(0, 4, 8, 0));
        }
        LegendTitle legenda = grafiek.getLegend();
        if (legenda != null) {
            legenda.setFrame(BlockBorder.NONE);
            legenda.setPosition(RectangleEdge.BOTTOM);
        }
        CategoryPlot plot = grafiek.getCategoryPlot();
        plot.setRangeGridlinesVisible(true);
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // below horizontal bars, left of columns
        CategoryAxis categorieAs = plot.getDomainAxis();
        categorieAs.setMaximumCategoryLabelLines(2);
        categorieAs.setAxisLineVisible(true);
        categorieAs.setTickMarksVisible(false);
        NumberAxis waardeAs = (NumberAxis) plot.getRangeAxis();
        waardeAs.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Opmaak.NL));
        waardeAs.setAxisLineVisible(false);
        waardeAs.setTickMarksVisible(false);
        waardeAs.setUpperMargin(0.08);
    }

    /** PNG at twice the layout size. */
    public byte[] png(Grafiek teken) {
        JFreeChart grafiek = teken.chart();
        Formaat formaat = teken.formaat();
        BufferedImage beeld = new BufferedImage(formaat.breedte() * SCHAAL, formaat.hoogte() * SCHAAL,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = beeld.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCHAAL, SCHAAL);
            grafiek.draw(g, new Rectangle2D.Double(0, 0, formaat.breedte(), formaat.hoogte()));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
        // In memory: ImageIO.write(image, "png", stream) would buffer through a temp file.
        ImageWriter schrijver = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stroom = new MemoryCacheImageOutputStream(uit)) {
            schrijver.setOutput(stroom);
            schrijver.write(beeld);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            schrijver.dispose();
        }
        return uit.toByteArray();
    }
}
