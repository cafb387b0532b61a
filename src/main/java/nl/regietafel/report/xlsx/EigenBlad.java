package nl.regietafel.report.xlsx;

import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A {@link Blad} that the tool writes itself: its rows and cells in plain Java, and its XML written
 * as text the way POI writes the same sheet (same elements, attributes in the same order, numbers
 * printed alike), so that a workbook of tables costs no XML object model. {@code EigenWerkboekTest}
 * builds the same sheets through POI and compares every part, byte for byte.
 */
final class EigenBlad implements Bladdoel {

    /** POI's width of a character in pixels ({@code Units.DEFAULT_CHARACTER_WIDTH}) and of a default row (15 pt at 96 dpi). */
    private static final float STANDAARD_TEKENBREEDTE = Units.DEFAULT_CHARACTER_WIDTH;
    private static final double STANDAARD_RIJHOOGTE_PX = 20;
    private static final String MAX_TEKST = "The maximum length of cell contents (text) is 32767 characters";

    private final EigenWerkboek werkboek;
    private final String naam;
    private final int index;
    private final Bladcellen cellen = new Bladcellen();
    private final TreeMap<Integer, Integer> breedten = new TreeMap<>();
    private final List<String> samengevoegd = new ArrayList<>();
    private final List<Grafiekxml.Grafiek> grafieken = new ArrayList<>();
    private int tekening;
    private int bevroren;
    private String filter;
    private boolean afdruk;
    /** POI's setRepeatingRows marks the print settings as not the printer's defaults. */
    private boolean kopHerhaald;
    private boolean liggend;

    EigenBlad(EigenWerkboek werkboek, String naam, int index) {
        this.werkboek = werkboek;
        this.naam = naam;
        this.index = index;
    }

    @Override
    public String naam() {
        return naam;
    }

    int index() {
        return index;
    }

    List<Grafiekxml.Grafiek> grafieken() {
        return grafieken;
    }

    /** The number of this sheet's drawing in the workbook (POI numbers a drawing when its sheet gets its first chart). */
    int tekening() {
        return tekening;
    }

    @Override
    public void rij(int rij) {
        cellen.rij(rij);
    }

    @Override
    public void tekst(int rij, int kolom, String tekst) {
        if (tekst.length() > 32767) throw new IllegalArgumentException(MAX_TEKST);
        cellen.tekst(rij, kolom, tekst, werkboek.tekstnummer(tekst));
    }

    @Override
    public void getal(int rij, int kolom, double waarde) {
        cellen.getal(rij, kolom, waarde);
    }

    @Override
    public void stijl(int rij, int kolom, XSSFCellStyle stijl) {
        cellen.stijl(rij, kolom, stijl.getIndex());
    }

    @Override
    public void formule(int rij, int kolom, String formule) {
        cellen.formule(rij, kolom, formule);
    }

    @Override
    public String tekstVan(int rij, int kolom) {
        return cellen.tekstVan(rij, kolom);
    }

    @Override
    public OptionalDouble getalVan(int rij, int kolom) {
        return cellen.getalVan(rij, kolom);
    }

    @Override
    public OptionalDouble som(int kolom, int eerste, int laatste) {
        return cellen.som(kolom, eerste, laatste);
    }

    @Override
    public boolean somOpslaan(int rij, int kolom, int eerste, int laatste) {
        return cellen.somOpslaan(rij, kolom, eerste, laatste);
    }

    @Override
    public void bevries(int rijen) {
        bevroren = rijen;
    }

    @Override
    public void filter(int eersteRij, int laatsteRij, int eersteKolom, int laatsteKolom) {
        String bereik = new CellReference(eersteRij, eersteKolom).formatAsString() + ":"
                + new CellReference(laatsteRij, laatsteKolom).formatAsString();
        filter = bereik;
        werkboek.naam("_xlnm._FilterDatabase", index, true, SheetNameFormatter.format(naam) + "!"
                + new CellReference(eersteRij, eersteKolom, true, true).formatAsString() + ":"
                + new CellReference(laatsteRij, laatsteKolom, true, true).formatAsString());
    }

    @Override
    public void kolombreedte(int kolom, int breedte) {
        breedten.put(kolom, breedte);
    }

    /** Excel's default of 8 characters and their padding, as POI answers for a column without a width. */
    @Override
    public int kolombreedte(int kolom) {
        Integer b = breedten.get(kolom);
        return b != null ? b : 2048;
    }

    @Override
    public void samenvoegen(int rij, int eersteKolom, int laatsteKolom) {
        samengevoegd.add(new CellReference(rij, eersteKolom).formatAsString() + ":"
                + new CellReference(rij, laatsteKolom).formatAsString());
    }

    @Override
    public void rijhoogte(int rij, float punten) {
        cellen.hoogte(rij, punten);
    }

    @Override
    public int laatsteRij() {
        return cellen.laatsteRij();
    }

    @Override
    public List<Anker> ankers() {
        return grafieken.stream().map(g -> new Anker(g.links() + g.kolommen(), g.boven() + g.rijen())).toList();
    }

    @Override
    public void afdrukgebied(int laatsteKolom, int laatsteRij) {
        werkboek.naam("_xlnm.Print_Area", index, false, SheetNameFormatter.format(naam) + "!$A$1:"
                + new CellReference(laatsteRij, laatsteKolom, true, true).formatAsString());
    }

    @Override
    public void kopHerhalen(int rij) {
        kopHerhaald = true;
        werkboek.naam("_xlnm.Print_Titles", index, false, SheetNameFormatter.format(naam) + "!$" + (rij + 1) + ":$" + (rij + 1));
    }

    @Override
    public void afdruk(boolean liggend) {
        this.afdruk = true;
        this.liggend = liggend;
    }

    @Override
    public void staafgrafiek(String titel, int links, int boven, int kolommen, int rijen, int kopRij, int eerste, int laatste,
                             int categorieKolom, int[] reeksKolommen, List<String> namen) {
        String blad = SheetNameFormatter.format(naam) + "!";
        List<Grafiekxml.Reeks> reeksen = new ArrayList<>();
        List<String> categorieen = new ArrayList<>();
        for (int r = eerste; r <= laatste; r++) categorieen.add(tekstVan(r, categorieKolom));
        String categorieBereik = blad + bereik(eerste, laatste, categorieKolom);
        for (int i = 0; i < reeksKolommen.length; i++) {
            int k = reeksKolommen[i];
            List<String> waarden = new ArrayList<>();
            for (int r = eerste; r <= laatste; r++) {
                OptionalDouble w = getalVan(r, k);
                waarden.add(w.isPresent() ? Double.toString(w.getAsDouble()) : null);
            }
            reeksen.add(new Grafiekxml.Reeks(blad + new CellReference(kopRij, k, true, true).formatAsString(), namen.get(i),
                    categorieBereik, categorieen, blad + bereik(eerste, laatste, k), waarden,
                    i < PoiBlad.KLEUREN.length ? PoiBlad.KLEUREN[i] : null));
        }
        if (grafieken.isEmpty()) tekening = werkboek.tekeningnummer();
        // as createXfrm: the size of the anchor's cells now, in whole pixels
        double breedte = 0;
        for (int k = links; k < links + kolommen; k++) breedte += (float) (kolombreedte(k) / 256.0 * STANDAARD_TEKENBREEDTE);
        double hoogte = 0;
        for (int r = boven; r < boven + rijen; r++) {
            float punten = cellen.hoogte(r);
            hoogte += punten >= 0 ? punten * 96 / 72.0 : STANDAARD_RIJHOOGTE_PX;
        }
        grafieken.add(new Grafiekxml.Grafiek(werkboek.grafieknummer(), links, boven, kolommen, rijen,
                Units.pixelToEMU((int) breedte), Units.pixelToEMU((int) hoogte),
                Grafiekxml.staafgrafiek(titel, reeksen.size() > 1, reeksen)));
    }

    /** As {@code CellRangeAddress.formatAsString}: one cell without a colon. */
    private static String bereik(int eerste, int laatste, int kolom) {
        String van = new CellReference(eerste, kolom, true, true).formatAsString();
        return eerste == laatste ? van : van + ":" + new CellReference(laatste, kolom, true, true).formatAsString();
    }

    @Override
    public XSSFSheet poi() {
        throw new IllegalStateException("Blad " + naam + " hoort bij een werkboek dat de tool zelf schrijft, zonder POI");
    }

    /** The sheet's XML, as {@code XSSFSheet.write} saves the same sheet. */
    String xml() {
        StringBuilder x = new StringBuilder(4096 + 512 * cellen.aantalRijen());
        x.append(EigenWerkboek.XML_KOP).append("<worksheet xmlns=\"").append(EigenWerkboek.MAIN).append('"');
        if (!grafieken.isEmpty()) x.append(" xmlns:r=\"").append(EigenWerkboek.REL).append('"');
        x.append('>');
        if (afdruk) x.append("<sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>");
        x.append("<dimension ref=\"").append(cellen.dimensie()).append("\"/>");
        x.append("<sheetViews><sheetView workbookViewId=\"0\"").append(index == 0 ? " tabSelected=\"true\"" : "");
        if (bevroren > 0) {
            x.append("><pane ySplit=\"").append((double) bevroren).append("\" state=\"frozen\" topLeftCell=\"")
                    .append(new CellReference(bevroren, 0).formatAsString())
                    .append("\" activePane=\"bottomLeft\"/><selection pane=\"bottomLeft\"/></sheetView>");
        } else {
            x.append("/>");
        }
        x.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>");
        if (!breedten.isEmpty()) {
            x.append("<cols>");
            breedten.forEach((k, b) -> x.append("<col min=\"").append(k + 1).append("\" max=\"").append(k + 1)
                    .append("\" width=\"").append(b / 256.0).append("\" customWidth=\"true\"/>"));
            x.append("</cols>");
        }
        cellen.sheetData(x);
        if (filter != null) x.append("<autoFilter ref=\"").append(filter).append("\"/>");
        if (!samengevoegd.isEmpty()) {
            x.append("<mergeCells count=\"").append(samengevoegd.size()).append("\">");
            samengevoegd.forEach(m -> x.append("<mergeCell ref=\"").append(m).append("\"/>"));
            x.append("</mergeCells>");
        }
        if (afdruk) {
            x.append("<printOptions horizontalCentered=\"false\"/>");
            x.append("<pageMargins bottom=\"").append(Afdruk.KOPMARGE).append("\" footer=\"").append(Afdruk.KOPTEKSTMARGE)
                    .append("\" header=\"").append(Afdruk.KOPTEKSTMARGE).append("\" left=\"").append(Afdruk.ZIJMARGE)
                    .append("\" right=\"").append(Afdruk.ZIJMARGE).append("\" top=\"").append(Afdruk.KOPMARGE).append("\"/>");
            x.append(kopHerhaald ? "<pageSetup usePrinterDefaults=\"false\" paperSize=\"9\" orientation=\"" : "<pageSetup paperSize=\"9\" orientation=\"")
                    .append(liggend ? "landscape" : "portrait").append("\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
            x.append("<headerFooter><oddFooter>")
                    .append(Xmltekst.tekst("&L" + Afdruk.VOET_LINKS + "&R" + Afdruk.VOET_RECHTS)).append("</oddFooter></headerFooter>");
        } else {
            x.append("<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>");
        }
        if (!grafieken.isEmpty()) x.append("<drawing r:id=\"rId1\"/>");
        return x.append("</worksheet>").toString();
    }
}
