package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one XML part of a workbook as a stream of elements (SAX: never the part as objects), within
 * {@link XlsxLimits}: markup of bounded length ({@link MarkupLimit}), nesting at most
 * {@link XlsxLimits#MAX_DEPTH} deep, no DOCTYPE at all (so no entity, external or expanding). Subclasses see
 * element names without their namespace prefix.
 */
abstract class PartHandler extends DefaultHandler {
  private int depth;

  /** An element starts; {@code name} without prefix. */
  abstract void start(String name, Attributes attributes);

  /** An element ends. */
  void end(String name) {}

  /** Text inside the current element, in chunks. */
  void text(char[] ch, int start, int length) {}

  /** Parses {@code in} with this handler; a {@link Stop} thrown inside comes out as it is. */
  final void parse(InputStream in) throws IOException {
    try {
      XMLReader xml = SafeXml.newReader();
      xml.setContentHandler(this);
      // DefaultHandler's: warnings and recoverable errors pass in silence, a fatal one is thrown.
      xml.setErrorHandler(this);
      xml.parse(new InputSource(new MarkupLimit(in)));
    } catch (SAXException e) {
      if (e.getException() instanceof Stop stop) {
        throw stop;
      }
      throw Stop.invalid();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e);
    }
  }

  @Override
  public final void startElement(String uri, String localName, String qName, Attributes attributes) {
    if (++depth > XlsxLimits.MAX_DEPTH) {
      throw Stop.invalid();
    }
    start(name(localName, qName), attributes);
  }

  @Override
  public final void endElement(String uri, String localName, String qName) {
    depth--;
    end(name(localName, qName));
  }

  @Override
  public final void characters(char[] ch, int start, int length) {
    text(ch, start, length);
  }

  private static String name(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    int colon = n.indexOf(':');
    return colon >= 0 ? n.substring(colon + 1) : n;
  }

  /** The value of the attribute whose name, prefix aside, is {@code name} (e.g. {@code r:id}), or null. */
  static String attribute(Attributes attributes, String name) {
    String plain = attributes.getValue(name);
    if (plain != null) {
      return plain;
    }
    for (int i = 0; i < attributes.getLength(); i++) {
      String q = attributes.getQName(i);
      if (q.endsWith(":" + name) || name.equals(attributes.getLocalName(i))) {
        return attributes.getValue(i);
      }
    }
    return null;
  }

  /** A decimal attribute, or {@code fallback} when absent or not a number. */
  static int parseInt(String s, int fallback) {
    if (s == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
