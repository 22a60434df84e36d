package sctb.render.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;

/**
 * Word and PDF documents other than the report (feedback, reminder letters), made the report's way: the
 * same package, styles and page set-up ({@link WordPackage}), the same PDF layout and font ({@link PdfPages}).
 */
public final class OfficeDocuments {
  private OfficeDocuments() {}

  /** A .docx whose body and properties are the templates {@code body} and {@code properties}. */
  public static byte[] docx(ReportRenderer renderer, Record view, String body, String properties) throws TemplateProblem {
    return WordPackage.write(renderer, view, body, properties, null, List.of());
  }

  /** A PDF of the XHTML {@code template} renders, its metadata dated {@code dated} (null: a fixed date). */
  public static byte[] pdf(ReportRenderer renderer, Record view, String template, LocalDate dated) throws TemplateProblem {
    return PdfPages.write(renderer, view, template, Map.of(), dated);
  }
}
