package nl.regietafel.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

class BasisstijlTest {

    /** Every element of {@link Basisstijl#ELEMENTEN}, nested as the templates nest them, without an author stylesheet
     *  that would hide the user-agent rules. */
    static final String ALLE = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Basisstijl</title>
            <meta name="subject" content="toets"/><style type="text/css">.smal { width: 50% }</style></head>
            <body><h1>Kop één</h1><h2>Kop twee</h2><h3>Kop drie</h3>
            <p>Een alinea met <b>vet</b>, <span>een span</span>, een voetnoot<sup>1</sup><br/>en een nieuwe regel.</p>
            <div>Een blok<div>in een blok</div></div>
            <ul><li>een</li><li>twee<ul><li>genest</li></ul></li></ul>
            <p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" style="width: 20mm; height: 10mm"/></p>
            <table><colgroup><col/><col/></colgroup>
            <thead><tr><th>Gemeente</th><th>Opgave</th></tr></thead>
            <tbody><tr><td>Almelo</td><td>1.944</td></tr><tr><td>Hengelo <b>vet</b></td><td>1.724<sup>a</sup></td></tr></tbody></table>
            <table class="smal"><tr><td>zonder tbody</td><td>rechts</td></tr></table>
            </body></html>""";

    @Test
    void aDocumentOfTheKnownElementsIsLaidOutExactlyAsWithFlyingSaucersOwnSheet() throws Exception {
        Document doc = parse(ALLE);
        NamespaceHandler kort = Basisstijl.voor(doc);
        assertThat(kort).isInstanceOf(Basisstijl.class);

        List<byte[]> eigen = pagina(ALLE, new XhtmlNamespaceHandler());
        List<byte[]> metKort = pagina(ALLE, kort);

        assertThat(metKort).hasSameSizeAs(eigen);
        for (int i = 0; i < eigen.size(); i++) {
            assertThat(metKort.get(i)).as("inhoud van pagina %d", i + 1).isEqualTo(eigen.get(i));
        }
    }

    @Test
    void aDocumentWithAnyOtherElementGetsFlyingSaucersOwnHandler() throws Exception {
        String metEm = ALLE.replace("<span>een span</span>", "<em>schuin</em>");

        NamespaceHandler handler = Basisstijl.voor(parse(metEm));

        assertThat(handler).isNotInstanceOf(Basisstijl.class).isInstanceOf(XhtmlNamespaceHandler.class);
        assertThat(handler.getDefaultStylesheet().orElseThrow().getUri()).endsWith("XhtmlNamespaceHandler.css");
    }

    @Test
    void anElementOutsideTheXhtmlNamespaceAlsoGetsTheOwnHandler() throws Exception {
        String zonderNaamruimte = ALLE.replace(" xmlns=\"http://www.w3.org/1999/xhtml\"", "");

        assertThat(Basisstijl.voor(parse(zonderNaamruimte))).isNotInstanceOf(Basisstijl.class);
    }

    /** The short sheet only pays if the templates stay within its elements: a new element must be added there too. */
    @Test
    void theTemplatesUseOnlyTheElementsOfTheShortSheet() throws IOException {
        Set<String> gebruikt = new TreeSet<>();
        Pattern tag = Pattern.compile("<([a-z][a-z0-9]*)[\\s/>]");
        try (Stream<Path> bestanden = Files.walk(Path.of("templates"))) {
            for (Path p : bestanden.filter(f -> f.toString().endsWith(".ftlx")).toList()) {
                Matcher m = tag.matcher(Files.readString(p));
                while (m.find()) gebruikt.add(m.group(1));
            }
        }

        assertThat(gebruikt).contains("table", "td", "p").isSubsetOf(Basisstijl.ELEMENTEN);
    }

    @Test
    void theShortSheetIsTheOneThatIsUsed() throws Exception {
        NamespaceHandler kort = Basisstijl.voor(parse(ALLE));

        assertThat(kort.getDefaultStylesheet().orElseThrow().getUri()).endsWith(Basisstijl.BRON);
        assertThat(kort.getDefaultStylesheet().orElseThrow().getContent()).hasValueSatisfying(css ->
                assertThat(css).contains("td {").doesNotContain("blockquote"));
    }

    private static Document parse(String xhtml) {
        return XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();
    }

    /** The content stream of each page, with {@code handler}'s user-agent sheet. */
    private static List<byte[]> pagina(String xhtml, NamespaceHandler handler) throws IOException {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocument(parse(xhtml), null, handler);
        return Paginainhoud.van(renderer);
    }
}
