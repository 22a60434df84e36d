package sctb.render.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;

/**
 * A Word document (.docx) of any document model: its body ({@code word/document.xml}) and properties
 * ({@code docProps/core.xml}) from the templates named, the styles, headers and settings every sctb
 * document shares ({@code templates/docx/}: Decree 30's fonts, sizes, margins, page numbers — a
 * department overlays them like the other templates), fixed package parts and the images the body
 * refers to as {@code rIdChart1…}, zipped with fixed time stamps.
 */
final class WordPackage {
  static final String MAIN = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private WordPackage() {}

  /**
   * {@code footer}: the template of the body's {@code rIdFooter}, or null for a body with no footer;
   * {@code images}: PNGs, the body's {@code rIdChart1}, {@code rIdChart2}…
   */
  static byte[] write(ReportRenderer renderer, Record view, String body, String properties, String footer,
      List<byte[]> images) throws TemplateProblem {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(contentTypes(footer != null)));
    parts.put("_rels/.rels", utf8(rootRels()));
    parts.put("docProps/core.xml", part(renderer, properties, view));
    parts.put("word/document.xml", part(renderer, body, view));
    parts.put("word/_rels/document.xml.rels", utf8(documentRels(images.size(), footer != null)));
    parts.put("word/styles.xml", part(renderer, "docx/styles.xml.ftlx", view));
    parts.put("word/settings.xml", part(renderer, "docx/settings.xml.ftlx", view));
    parts.put("word/header1.xml", part(renderer, "docx/header.xml.ftlx", view));
    parts.put("word/header2.xml", part(renderer, "docx/header-first.xml.ftlx", view));
    if (footer != null) {
      parts.put("word/footer1.xml", part(renderer, footer, view));
    }
    for (int k = 0; k < images.size(); k++) {
      parts.put("word/media/chart-" + (k + 1) + ".png", images.get(k));
    }
    return StableZip.of(parts);
  }

  private static String contentTypes(boolean footer) {
    String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>"
        + "<Override PartName=\"/word/header1.xml\" ContentType=\"" + wml + "header+xml\"/>"
        + "<Override PartName=\"/word/header2.xml\" ContentType=\"" + wml + "header+xml\"/>"
        + (footer ? "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/>" : "")
        + "</Types>\n";
  }

  private static String rootRels() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + MAIN + "/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>\n";
  }

  /** The ids a body refers to: rIdHeader, rIdHeaderFirst, rIdFooter (when it has one), rIdChart1… (one per image). */
  private static String documentRels(int charts, boolean footer) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rIdStyles\" Type=\"" + MAIN + "/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rIdSettings\" Type=\"" + MAIN + "/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rIdHeader\" Type=\"" + MAIN + "/header\" Target=\"header1.xml\"/>"
        + "<Relationship Id=\"rIdHeaderFirst\" Type=\"" + MAIN + "/header\" Target=\"header2.xml\"/>"
        + (footer ? "<Relationship Id=\"rIdFooter\" Type=\"" + MAIN + "/footer\" Target=\"footer1.xml\"/>" : ""));
    for (int k = 1; k <= charts; k++) {
      s.append("<Relationship Id=\"rIdChart").append(k).append("\" Type=\"").append(MAIN)
          .append("/image\" Target=\"media/chart-").append(k).append(".png\"/>");
    }
    return s.append("</Relationships>\n").toString();
  }

  /**
   * A rendered part: leading blank lines (left by template comments) dropped, characters XML 1.0
   * forbids removed, and checked to be well-formed, so that a department's broken template is an
   * error naming it rather than a file Word offers to "repair", and to hold no field but those
   * {@link WordFields} allows.
   */
  private static byte[] part(ReportRenderer renderer, String template, Record view) throws TemplateProblem {
    byte[] bytes = utf8(XmlText.clean(renderer.render(template, view).stripLeading()));
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      WordFields fields = new WordFields();
      f.newSAXParser().parse(new ByteArrayInputStream(bytes), fields);
      if (fields.refused != null) {
        throw new TemplateProblem(template, 0, new TemplateProblem.Worded("word-field", List.of(fields.refused)), null);
      }
    } catch (SAXParseException e) {
      throw new TemplateProblem(template, 0,
          new TemplateProblem.Worded("not-xml", List.of(e.getLineNumber(), e.getColumnNumber(), String.valueOf(e.getMessage()))), e);
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new TemplateProblem(template, 0, "XML: " + e.getMessage(), e);
    }
    return bytes;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
