package nl.regietafel.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XhtmlLezerTest {

    @Test
    void readsTheSameTreeAsFlyingSaucersOwnLoader() {
        String xhtml = BasisstijlTest.ALLE.replace("Een blok", "Een &amp; blok &#173;met &quot;tekens&quot; &apos;hier&apos;");

        Document eigen = XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();
        Document lezer = XhtmlLezer.lees(xhtml);

        assertThat(lezer.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(lezer.getDocumentElement().isEqualNode(eigen.getDocumentElement())).isTrue();
    }

    @Test
    void aDocumentThatIsNotWellFormedIsOneRenderFoutAndNothingOnTheConsole() {
        PrintStream fouten = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> XhtmlLezer.lees("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>open</body></html>"))
                    .isInstanceOf(RenderFout.class).hasMessageContaining("geen geldige XHTML");
            // the same thread's parser still reads the next document
            assertThat(XhtmlLezer.lees(BasisstijlTest.ALLE).getElementsByTagName("td").getLength()).isEqualTo(6);
        } finally {
            System.setErr(fouten);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anExternalEntityIsNeverFetched() {
        String metDtd = "<?xml version=\"1.0\"?><!DOCTYPE html SYSTEM \"http://localhost:9/bestaat-niet.dtd\">"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>tekst</p></body></html>";

        assertThat(XhtmlLezer.lees(metDtd).getElementsByTagName("p").item(0).getTextContent()).isEqualTo("tekst");
    }
}
