package sctb.render.office;

import java.time.LocalDate;
import sctb.render.OutputFormat;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;
import sctb.render.report.model.ReportView;

/**
 * A report format written as bytes (Word, PDF) from the same {@link ReportView} as the Markdown and HTML
 * reports; implementations are created only when their format is asked for, so their libraries
 * (PDFBox, Java2D) are never loaded by other commands.
 */
public interface BinaryReport {
  /** The document; {@code signed} is the signing date (--date) or null. */
  byte[] write(ReportView view, LocalDate signed, ReportRenderer renderer) throws TemplateProblem;

  /** The writer of a binary format (Word, PDF), created on demand. */
  static BinaryReport of(OutputFormat format) {
    return switch (format) {
      case DOCX -> new DocxReport();
      case PDF -> new PdfReport();
      default -> throw new IllegalArgumentException("not a binary report format: " + format);
    };
  }
}
