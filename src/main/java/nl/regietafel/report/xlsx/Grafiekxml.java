package nl.regietafel.report.xlsx;

import java.util.HexFormat;
import java.util.List;

/**
 * The XML of the clustered bar chart that {@link PoiBlad#staafgrafiek} makes through POI's chart API
 * ({@link Bladgrafiek}: title at the top, legend below when there are several series, categories along
 * the bottom, whole numbers up the left), and the drawing that anchors such charts, written as text for
 * {@link EigenBlad}.
 */
final class Grafiekxml {

    /** A series: its name's cell and text, its categories' range and texts, its values' range and numbers (null: no point). */
    record Reeks(String naamcel, String naam, String categoriebereik, List<String> categorieen, String waardebereik,
                 List<String> waarden, byte[] kleur) {
    }

    /** A chart on a sheet: its number in the workbook, its anchor (cells, and its size in EMU when it was made) and its XML. */
    record Grafiek(int nummer, int links, int boven, int kolommen, int rijen, long cx, long cy, String xml) {
    }

    private Grafiekxml() {
    }

    /** The drawing that holds this sheet's charts, as {@code XSSFDrawing.createChart} anchors each. */
    static String tekening(List<Grafiek> grafieken) {
        StringBuilder x = new StringBuilder(1024 * grafieken.size()).append(EigenWerkboek.XML_KOP)
                .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                        + " xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
                        + " xmlns:r=\"").append(EigenWerkboek.REL).append("\">");
        for (int i = 0; i < grafieken.size(); i++) {
            Grafiek g = grafieken.get(i);
            x.append("<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>").append(g.links())
                    .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(g.boven())
                    .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(g.links() + g.kolommen())
                    .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(g.boven() + g.rijen())
                    .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id=\"")
                    .append(i).append("\" name=\"Diagramm").append(i).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
                            + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append(g.cx())
                    .append("\" cy=\"").append(g.cy()).append("\"/></xdr:xfrm><a:graphic><a:graphicData"
                            + " uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"rId").append(i + 1)
                    .append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
        }
        return x.append("</xdr:wsDr>").toString();
    }

    static String staafgrafiek(String titel, boolean legenda, List<Reeks> reeksen) {
        StringBuilder x = new StringBuilder(2048 + 1024 * reeksen.size()).append(EigenWerkboek.XML_KOP)
                .append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
                        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart><c:title><c:tx><c:rich>"
                        + "<a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr>"
                        + "<a:r><a:rPr lang=\"en\"/>");
        Xmltekst.element(x, "a:t", titel)
                .append("</a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx><c:layout/>"
                        + "<c:overlay val=\"false\"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/>"
                        + "<c:grouping val=\"clustered\"/><c:varyColors val=\"false\"/>");
        for (int i = 0; i < reeksen.size(); i++) {
            Reeks r = reeksen.get(i);
            x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/><c:tx><c:strRef><c:f>")
                    .append(Xmltekst.tekst(r.naamcel())).append("</c:f>");
            cache(x, "c:strCache", List.of(r.naam()));
            x.append("</c:strRef></c:tx><c:spPr><a:solidFill>");
            if (r.kleur() != null) {
                x.append("<a:srgbClr val=\"").append(HexFormat.of().withUpperCase().formatHex(r.kleur())).append("\"/>");
            } else {
                x.append("<a:prstClr val=\"gray\"/>");
            }
            x.append("</a:solidFill></c:spPr><c:cat><c:strRef><c:f>").append(Xmltekst.tekst(r.categoriebereik())).append("</c:f>");
            cache(x, "c:strCache", r.categorieen());
            x.append("</c:strRef></c:cat><c:val><c:numRef><c:f>").append(Xmltekst.tekst(r.waardebereik())).append("</c:f>");
            cache(x, "c:numCache", r.waarden());
            x.append("</c:numRef></c:val></c:ser>");
        }
        x.append("<c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart><c:catAx><c:axId val=\"0\"/><c:scaling>"
                + "<c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"b\"/>"
                + "<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
                + "<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx><c:valAx>"
                + "<c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"false\"/>"
                + "<c:axPos val=\"l\"/><c:numFmt formatCode=\"").append(Xmltekst.attribuut(XlsxWerkboek.Stijlen.GEHEEL))
                .append("\" sourceLinked=\"true\"/><c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>"
                        + "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/><c:crosses val=\"autoZero\"/>"
                        + "<c:crossBetween val=\"between\"/></c:valAx></c:plotArea>");
        if (legenda) x.append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend>");
        return x.append("<c:plotVisOnly val=\"true\"/></c:chart><c:printSettings><c:headerFooter/><c:pageMargins b=\"0.75\""
                + " l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/></c:printSettings>"
                + "</c:chartSpace>").toString();
    }

    /** As POI's {@code fillStringCache}/{@code fillNumericalCache}: the count of points only when one is there. */
    private static void cache(StringBuilder x, String element, List<String> punten) {
        boolean leeg = punten.stream().allMatch(p -> p == null);
        if (leeg) {
            x.append('<').append(element).append("/>");
            return;
        }
        x.append('<').append(element).append("><c:ptCount val=\"").append(punten.size()).append("\"/>");
        for (int i = 0; i < punten.size(); i++) {
            if (punten.get(i) == null) continue;
            x.append("<c:pt idx=\"").append(i).append("\">");
            Xmltekst.element(x, "c:v", punten.get(i)).append("</c:pt>");
        }
        x.append("</").append(element).append('>');
    }
}
