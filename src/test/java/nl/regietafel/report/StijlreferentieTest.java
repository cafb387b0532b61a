package nl.regietafel.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.extend.TreeResolver;
import org.xhtmlrenderer.css.extend.lib.DOMTreeResolver;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class StijlreferentieTest {

    /** Selectors of every kind the cascade orders: element, class, id, descendant, child, sibling, attribute, first-child, equal specificity in turn. */
    private static final String CSS = """
            @page { size: A4; margin: 15mm; @bottom-right { content: counter(page) " / " counter(pages); } }
            body { font-size: 10pt; color: #222; }
            p { margin: 2pt 0; } p { margin: 4pt 0; }
            .klein { font-size: 8pt; } p.klein { color: #555; } #kop { color: #154273; }
            table td { padding: 1pt 3pt; } tr > td { border-bottom: 0.5pt solid #999; }
            tr td:first-child { text-align: left; } td + td { text-align: right; }
            td[class~="getal"] { font-weight: bold; } h2 + p { font-style: normal; color: #a00; }
            @media screen { p { color: lime; } }
            """;

    private static final String DOC = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Stijl</title><style>%s</style></head>
            <body><h1 id="kop">Kop</h1><h2>Twee</h2><p>Na de kop.</p><p class="klein">Klein.</p>
            <div><p>In een blok <b>vet</b><span class="klein">en klein</span></p></div>
            <table><tr><td>Almelo</td><td class="getal">1.944</td><td>1.724</td></tr>
            <tr><td>Hengelo</td><td>12</td><td class="getal">7</td></tr></table></body></html>""";

    @Test
    void theCascadeIsFlyingSaucersOwnForEitherUserAgentSheetInAnyOrder() throws Exception {
        String doc = DOC.formatted(CSS);
        // the short sheet and Flying Saucer's own before the same author sheet: the selectors number differently
        String metEm = doc.replace("<span class=\"klein\">", "<em>schuin</em><span class=\"klein\">");

        for (String xhtml : List.of(doc, metEm, doc, metEm, doc)) {
            assertThat(pagina(xhtml, true)).as("de pagina's met de eigen stijlreferentie")
                    .usingElementComparator(Arrays::compare).containsExactlyElementsOf(pagina(xhtml, false));
        }
    }

    @Test
    void aRealTemplateIsLaidOutTheSameWhetherItsSheetsAreParsedOrReused() throws Exception {
        Grafieken grafieken = new Grafieken();
        String demo = new Sjablonen().render("demo/voorbeeld.ftlx", Map.of("m", DemoModel.voorbeeld(grafieken)));

        List<byte[]> eigen = pagina(demo, false);
        assertThat(pagina(demo, true)).usingElementComparator(Arrays::compare).containsExactlyElementsOf(eigen);
        assertThat(pagina(demo, true)).as("tweede keer, uit de cache").usingElementComparator(Arrays::compare)
                .containsExactlyElementsOf(eigen);
    }

    @Test
    void twoThreadsRenderingTheSameTemplateGetTheSamePages() throws Exception {
        String doc = DOC.formatted(CSS);
        List<byte[]> eigen = pagina(doc, false);
        ExecutorService twee = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<byte[]>>> paginas = new ArrayList<>();
            for (int i = 0; i < 8; i++) paginas.add(twee.submit(() -> pagina(doc, true)));
            for (Future<List<byte[]>> p : paginas) {
                assertThat(p.get()).usingElementComparator(Arrays::compare).containsExactlyElementsOf(eigen);
            }
        } finally {
            twee.shutdownNow();
        }
    }

    @Test
    void theTreeResolverMatchesNamesAsFlyingSaucersDoes() {
        Document doc = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p><q:p xmlns:q=\"urn:q\"/></body></html>");
        Document zonder = parse("<html><body><p>x</p></body></html>");
        DOMTreeResolver fs = new DOMTreeResolver();
        Stijlreferentie.Boomkenner eigen = new Stijlreferentie.Boomkenner();
        List<Element> elementen = new ArrayList<>();
        for (Document d : List.of(doc, zonder)) {
            org.w3c.dom.NodeList alle = d.getElementsByTagName("*");
            for (int i = 0; i < alle.getLength(); i++) elementen.add((Element) alle.item(i));
        }
        for (Element e : elementen) {
            for (String ns : new String[]{null, TreeResolver.NO_NAMESPACE, "http://www.w3.org/1999/xhtml", "urn:q"}) {
                for (String naam : List.of("p", "html", "q:p", "body")) {
                    assertThat(eigen.matchesElement(e, ns, naam)).as("%s tegen %s|%s", e.getNodeName(), ns, naam)
                            .isEqualTo(fs.matchesElement(e, ns, naam));
                }
            }
        }
    }

    private static Document parse(String xhtml) {
        return XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();
    }

    /** The content stream of each page, styled by a {@link Stijlreferentie} or by Flying Saucer's own. */
    private static List<byte[]> pagina(String xhtml, boolean eigen) throws IOException {
        ITextRenderer renderer = new ITextRenderer();
        SharedContext gedeeld = renderer.getSharedContext();
        if (eigen) gedeeld.setCss(new Stijlreferentie(gedeeld.getUac()));
        Document doc = parse(xhtml);
        renderer.setDocument(doc, null, Basisstijl.voor(doc));
        return Paginainhoud.van(renderer);
    }
}
