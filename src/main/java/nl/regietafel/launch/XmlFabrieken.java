package nl.regietafel.launch;

import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;

/**
 * Names the JDK's own XML factories as the system properties JAXP looks at first. Without them,
 * every {@code TransformerFactory.newInstance()} and {@code SAXParserFactory.newInstance()} —
 * POI calls them for every part of every workbook it saves, XMLBeans for every part it reads —
 * searches the service files of all 100-odd jars inside the Spring Boot jar before it falls
 * back to the JDK's factory: 11 % of the national run's samples. No jar of the tool provides
 * another factory, so the search always ends with the same JDK class this names directly: the
 * documents stay byte for byte the same, only the search is skipped. A property the user set
 * ({@code -Djavax.xml...}) is left as it is.
 */
public final class XmlFabrieken {

    private XmlFabrieken() {
    }

    public static void vastleggen() {
        zet("javax.xml.transform.TransformerFactory", TransformerFactory::newDefaultInstance);
        zet("javax.xml.parsers.SAXParserFactory", SAXParserFactory::newDefaultInstance);
        zet("javax.xml.parsers.DocumentBuilderFactory", DocumentBuilderFactory::newDefaultInstance);
        zet("javax.xml.stream.XMLInputFactory", XMLInputFactory::newDefaultFactory);
        zet("javax.xml.stream.XMLOutputFactory", XMLOutputFactory::newDefaultFactory);
        zet("javax.xml.stream.XMLEventFactory", XMLEventFactory::newDefaultFactory);
    }

    private static void zet(String eigenschap, Supplier<?> standaard) {
        if (System.getProperty(eigenschap) == null) {
            System.setProperty(eigenschap, standaard.get().getClass().getName());
        }
    }
}
