package sctb.render.office;

import java.util.Map;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;

/**
 * A report format written as bytes (Word, PDF) from the same data model as the Markdown and HTML
 * reports; implementations are created only when their format is asked for, so their libraries
 * (PDFBox, Java2D) are never loaded by other commands.
 */
public interface BinaryReport {
  byte[] write(Map<String, Object> model, ReportRenderer renderer) throws TemplateProblem;

  /** The writer of a format ("docx", "pdf"), created on demand. */
  static BinaryReport of(String format) {
    return switch (format) {
      case "docx" -> new DocxReport();
      case "pdf" -> new PdfReport();
      default -> throw new IllegalArgumentException("not a binary report format: " + format);
    };
  }
}
