package sctb.render.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import sctb.render.report.model.ReportView;

/**
 * The consolidated report as documents: Markdown ({@code report.md.ftl}), HTML
 * ({@code report.html.ftlh}), Word ({@code docx/*.ftlx}) and PDF ({@code report.pdf.ftlh}) rendered
 * from one {@link ReportView}, with a department's templates overlaid when given. File names follow the period: {@code bao-cao-sxtdbv-2024H1.md}.
 */
public final class ReportDocuments {
  private final ReportRenderer renderer;

  public ReportDocuments(Path templatesOverlay) throws IOException {
    this.renderer = new ReportRenderer(ReportTemplates.configuration(templatesOverlay));
  }

  /** The template behind a format ("md", "html"). */
  public static String template(String format) {
    return switch (format) {
      case "md" -> "report.md.ftl";
      case "html" -> "report.html.ftlh";
      default -> throw new IllegalArgumentException("no template for format " + format);
    };
  }

  /** File name of the report for a period and format ("json", "md", "html"). */
  public static String fileName(String period, String format) {
    return "bao-cao-sxtdbv-" + period + "." + format;
  }

  /** A text format ("md", "html") of the report. */
  public String render(String format, ReportView view) throws TemplateProblem {
    return renderer.render(template(format), view);
  }

  /**
   * A binary format ("docx", "pdf") of the report; its writer is loaded only now. {@code signed}, the
   * signing date or null, dates the PDF.
   */
  public byte[] renderBinary(String format, ReportView view, LocalDate signed) throws TemplateProblem {
    return sctb.render.office.BinaryReport.of(format).write(view, signed, renderer);
  }
}
