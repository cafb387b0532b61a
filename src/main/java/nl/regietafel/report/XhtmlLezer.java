package nl.regietafel.report;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a template's XHTML into the DOM that Flying Saucer lays out, with the JDK's DOM parser.
 * Flying Saucer's own {@code XMLResource.load} builds the same DOM through SAX and an identity
 * transform, which took twice as long (the same pages, byte for byte, measured on every document
 * of a month). The XHTML comes from the tool's own templates, without a DOCTYPE; no external DTD or
 * entity is ever fetched. One parser per thread: a {@link DocumentBuilder} is not thread-safe.
 */
final class XhtmlLezer {

    /** The default handler prints to the console; a warning is nothing to the user, an error ends the document. */
    private static final ErrorHandler ALLEEN_FOUTEN = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(XhtmlLezer::parser);

    private XhtmlLezer() {
    }

    /** The DOM of {@code xhtml}; a document that is not well-formed XML is a {@link RenderFout} naming the line. */
    static Document lees(String xhtml) {
        try {
            return PARSER.get().parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new RenderFout("De opmaak van het document is geen geldige XHTML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(ALLEEN_FOUTEN);
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("De XML-parser van Java is niet in te stellen: " + e.getMessage(), e);
        }
    }
}
