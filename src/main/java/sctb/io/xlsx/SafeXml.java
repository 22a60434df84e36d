package sctb.io.xlsx;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SAX readers of workbook parts: the JDK's parser, namespace-aware, refusing any DOCTYPE, external
 * entity or DTD, with secure processing — the set-up of POI's {@code XMLHelper}, made here because
 * that class also starts POI's logging (Log4j API, SLF4J and their service look-ups, ~150 classes)
 * and looks for a separate Xerces on the class path for every part, which reading a workbook never needs.
 */
final class SafeXml {
  private static final SAXParserFactory FACTORY = factory();

  private SafeXml() {}

  private static SAXParserFactory factory() {
    // The JDK's own parser, as SAXParserFactory.newInstance() finds when nothing on the class path
    // names another (sctb's jar names none), without searching for one.
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setValidating(false);
    factory.setNamespaceAware(true);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-dtd-grammar", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      // No workbook part has a DOCTYPE: refusing any keeps entities (external or expanding) out entirely.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
    }
    return factory;
  }

  /** A new reader (one per part and thread: readers are not thread-safe), entities resolved to nothing. */
  static XMLReader newReader() throws SAXException, ParserConfigurationException {
    XMLReader reader;
    synchronized (FACTORY) {
      reader = FACTORY.newSAXParser().getXMLReader();
    }
    reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    reader.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", 1);
    return reader;
  }
}
