package sctb.render.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import sctb.core.plan.Plan;
import sctb.core.text.Language;

/**
 * The consolidated report as documents: Markdown ({@code report.md.ftl}), HTML
 * ({@code report.html.ftlh}), Word ({@code docx/*.ftlx}) and PDF ({@code report.pdf.ftlh}) rendered
 * from one data model built from the engine's JSON tree, with a department's templates overlaid when
 * given. File names follow the period: {@code bao-cao-sxtdbv-2024H1.md}.
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

  public String render(String format, Map<String, Object> tree, Plan plan, Language lang, LocalDate date) throws TemplateProblem {
    return renderer.render(template(format), ReportModel.of(tree, plan, lang, date));
  }

  /** The data model every document format is rendered from (built once per run). */
  public static Map<String, Object> model(Map<String, Object> tree, Plan plan, Language lang, LocalDate date) {
    return ReportModel.of(tree, plan, lang, date);
  }

  /** A text format ("md", "html") from an already built model. */
  public String render(String format, Map<String, Object> model) throws TemplateProblem {
    return renderer.render(template(format), model);
  }

  /** A binary format ("docx", "pdf") from an already built model; its writer is loaded only now. */
  public byte[] renderBinary(String format, Map<String, Object> model) throws TemplateProblem {
    return sctb.render.office.BinaryReport.of(format).write(model, renderer);
  }
}
