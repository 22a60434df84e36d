package sctb.render.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
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

  /** File name of the report for a period in a format: {@code bao-cao-sxtdbv-2024H1.md}. */
  public static String fileName(String period, OutputFormat format) {
    return "bao-cao-sxtdbv-" + period + "." + format.extension();
  }

  /** A text format (Markdown, HTML) of the report. */
  public String render(OutputFormat format, ReportView view) throws TemplateProblem {
    return renderer.render(format.template(DocumentKind.REPORT), view);
  }

  /**
   * A binary format (Word, PDF) of the report; its writer is loaded only now. {@code signed}, the
   * signing date or null, dates the PDF.
   */
  public byte[] renderBinary(OutputFormat format, ReportView view, LocalDate signed) throws TemplateProblem {
    return sctb.render.office.BinaryReport.of(format).write(view, signed, renderer);
  }
}
