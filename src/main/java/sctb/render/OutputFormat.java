package sctb.render;

import static sctb.render.DocumentKind.FEEDBACK;
import static sctb.render.DocumentKind.REMINDER;
import static sctb.render.DocumentKind.REPORT;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A format a document is written in ({@code --format}): the word a user types, which is also the file
 * extension; whether it is binary (never printed to the screen); the documents made in it and the
 * template each is rendered from.
 */
public enum OutputFormat {
  MD("md", false, Map.of(REPORT, "report.md.ftl", FEEDBACK, "feedback.md.ftl")),
  HTML("html", false, Map.of(REPORT, "report.html.ftlh", FEEDBACK, "feedback.html.ftlh", REMINDER, "reminder.html.ftlh")),
  /** Serialized from the engine's typed result, not from a template (docs/report-json.md). */
  JSON("json", false, EnumSet.of(REPORT)),
  DOCX("docx", true,
      Map.of(REPORT, "docx/document.xml.ftlx", FEEDBACK, "docx/feedback.xml.ftlx", REMINDER, "docx/reminder.xml.ftlx")),
  /** The report from its own page layout; letters from their HTML template, laid out on Decree 30 pages. */
  PDF("pdf", true, Map.of(REPORT, "report.pdf.ftlh", FEEDBACK, "feedback.html.ftlh", REMINDER, "reminder.html.ftlh")),
  /** An e-mail draft: subject (the first line) and text from the template, the feedback's PDF attached. */
  EML("eml", false, Map.of(FEEDBACK, "feedback.email.ftl"));

  private final String extension;
  private final boolean binary;
  private final Set<DocumentKind> documents;
  private final Map<DocumentKind, String> templates;

  OutputFormat(String extension, boolean binary, Map<DocumentKind, String> templates) {
    this(extension, binary, EnumSet.copyOf(templates.keySet()), templates);
  }

  OutputFormat(String extension, boolean binary, Set<DocumentKind> documents) {
    this(extension, binary, documents, Map.of());
  }

  OutputFormat(String extension, boolean binary, Set<DocumentKind> documents, Map<DocumentKind, String> templates) {
    this.extension = extension;
    this.binary = binary;
    this.documents = documents;
    this.templates = templates;
  }

  /** The word on the command line and the file name's extension: {@code pdf}. */
  public String extension() {
    return extension;
  }

  /** Bytes that are not text: written to a file, never to standard output. */
  public boolean binary() {
    return binary;
  }

  /** Whether {@code document} is made in this format (the command that writes it accepts it). */
  public boolean makes(DocumentKind document) {
    return documents.contains(document);
  }

  /** The template {@code document} is rendered from in this format: {@code report.html.ftlh}. */
  public String template(DocumentKind document) {
    String template = templates.get(document);
    if (template == null) {
      throw new IllegalArgumentException(document + " has no template in " + extension);
    }
    return template;
  }

  /** The word the user types, in messages too. */
  @Override
  public String toString() {
    return extension;
  }
}
