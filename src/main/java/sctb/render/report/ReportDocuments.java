package sctb.render.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.render.report.model.ReportView;

/**
 * The consolidated report as documents: Markdown ({@code report.md.ftl}), HTML
 * ({@code report.html.ftlh}), Word ({@code docx/*.ftlx}) and PDF ({@code report.pdf.ftlh}) rendered
 * from one {@link ReportView}, with a department's templates overlaid when given. File names follow the period: {@code bao-cao-sxtdbv-2024H1.md}.
 */
public final class ReportDocuments {
  private final ReportRenderer renderer;

  public ReportDocuments(Path templatesOverlay) throws IOException {
    this(new ReportRenderer(ReportTemplates.configuration(templatesOverlay)));
  }

  private ReportDocuments(ReportRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * Starts setting up FreeMarker and parsing the templates of {@code formats} ("md", "html"; others
   * only get the set-up) on a background thread, and returns at once. Start-up: that is ~0.1–0.2 s
   * of code run once per process, which the second core does while the main thread reads the plan
   * and the data (docs/performance.md). Nothing changes for the user: a template that fails to load
   * fails when its document is rendered, with the same problem, and {@link Preparing#get} throws
   * what the constructor would have thrown.
   */
  public static Preparing<ReportDocuments> prepare(Path templatesOverlay, List<String> formats) {
    return Preparing.start("sctb-templates", () -> {
      ReportRenderer renderer = new ReportRenderer(ReportTemplates.configuration(templatesOverlay));
      Map<String, LoadedTemplate> loaded = new HashMap<>();
      for (String format : formats) {
        if (format.equals("md") || format.equals("html")) {
          String name = template(format);
          try {
            loaded.put(name, new LoadedTemplate.Ready(renderer.configuration().getTemplate(name)));
          } catch (IOException | RuntimeException e) {
            loaded.put(name, new LoadedTemplate.Failed(e)); // thrown again, and mapped as always, when this document is rendered
          }
        }
      }
      return new ReportDocuments(renderer.withLoaded(loaded));
    });
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
