package sctb.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text a reader sees in a Word or PDF document, for golden files: one line per Word paragraph (a
 * table row's cells joined by " | "), the PDF's lines as laid out; NFC, spaces folded.
 */
public final class OfficeText {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private OfficeText() {}

  /** The body of a .docx, paragraph by paragraph. */
  public static String docx(byte[] docx) throws Exception {
    byte[] xml = unzip(docx).get("word/document.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element body = (Element) f.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
        .getElementsByTagNameNS(W, "body").item(0);
    List<String> lines = new ArrayList<>();
    for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals("p")) {
        lines.add(paragraph(e));
      } else if (n instanceof Element e && e.getLocalName().equals("tbl")) {
        for (Node row = e.getFirstChild(); row != null; row = row.getNextSibling()) {
          if (row instanceof Element r && r.getLocalName().equals("tr")) {
            List<String> cells = new ArrayList<>();
            for (Node cell = r.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
              if (cell instanceof Element c && c.getLocalName().equals("tc")) {
                List<String> paragraphs = new ArrayList<>();
                var ps = c.getElementsByTagNameNS(W, "p");
                for (int i = 0; i < ps.getLength(); i++) {
                  paragraphs.add(paragraph((Element) ps.item(i)));
                }
                cells.add(String.join(" / ", paragraphs.stream().filter(p -> !p.isEmpty()).toList()));
              }
            }
            lines.add(String.join(" | ", cells));
          }
        }
      }
    }
    return String.join("\n", lines.stream().filter(l -> !l.isBlank()).toList()) + "\n";
  }

  private static String paragraph(Element p) {
    StringBuilder out = new StringBuilder();
    var nodes = p.getElementsByTagNameNS(W, "*");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getLocalName().equals("t")) {
        out.append(e.getTextContent());
      } else if (e.getLocalName().equals("br")) {
        out.append(' ');
      }
    }
    return flat(out.toString());
  }

  /** A PDF's text, line by line as laid out. */
  public static String pdf(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      List<String> lines = stripper.getText(doc).lines().map(OfficeText::flat).filter(l -> !l.isEmpty()).toList();
      return String.join("\n", lines) + "\n";
    }
  }

  static String flat(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
