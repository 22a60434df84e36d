package sctb.render.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import sctb.render.collect.model.FeedbackView;
import sctb.render.collect.model.ReminderView;
import sctb.render.office.OfficeDocuments;
import sctb.render.report.ReportRenderer;
import sctb.render.report.ReportTemplates;
import sctb.render.report.TemplateProblem;

/**
 * The feedback to an agency and the reminder letters as documents, made like the report from templates in
 * the same sandbox (a department's folder overlays them): the feedback as Markdown
 * ({@code feedback.md.ftl}), HTML and PDF (both {@code feedback.html.ftlh}) and Word
 * ({@code docx/feedback.xml.ftlx}), and an e-mail draft carrying it ({@link EmailDraft}); a reminder as HTML and PDF ({@code reminder.html.ftlh}) and Word
 * ({@code docx/reminder.xml.ftlx}). File names follow the period and the agency.
 */
public final class CollectDocuments {
  private final ReportRenderer renderer;

  public CollectDocuments(Path templatesOverlay) throws IOException {
    this.renderer = new ReportRenderer(ReportTemplates.configuration(templatesOverlay));
  }

  /**
   * The feedback in a format ("md", "html", "docx", "pdf"; "eml": an e-mail draft, subject and text from
   * {@code feedback.email.ftl} — its first line the subject —, the PDF attached).
   */
  public byte[] feedback(String format, FeedbackView view, LocalDate dated) throws TemplateProblem {
    return switch (format) {
      case "eml" -> email(view, dated);
      case "md" -> utf8(renderer.render("feedback.md.ftl", view));
      case "html" -> utf8(renderer.render("feedback.html.ftlh", view));
      case "docx" -> OfficeDocuments.docx(renderer, view, "docx/feedback.xml.ftlx", "docx/core-letter.xml.ftlx");
      case "pdf" -> OfficeDocuments.pdf(renderer, view, "feedback.html.ftlh", dated);
      default -> throw new IllegalArgumentException("no feedback format " + format);
    };
  }

  /** A reminder in a format ("html", "docx", "pdf"); {@code signed}: its signing date, or null. */
  public byte[] reminder(String format, ReminderView view, LocalDate signed) throws TemplateProblem {
    return switch (format) {
      case "html" -> utf8(renderer.render("reminder.html.ftlh", view));
      case "docx" -> OfficeDocuments.docx(renderer, view, "docx/reminder.xml.ftlx", "docx/core-letter.xml.ftlx");
      case "pdf" -> OfficeDocuments.pdf(renderer, view, "reminder.html.ftlh", signed);
      default -> throw new IllegalArgumentException("no reminder format " + format);
    };
  }

  private byte[] email(FeedbackView view, LocalDate dated) throws TemplateProblem {
    String text = renderer.render("feedback.email.ftl", view);
    int end = text.indexOf('\n');
    String subject = end < 0 ? text.strip() : text.substring(0, end).strip();
    String body = end < 0 ? "" : text.substring(end + 1).strip() + "\n";
    return EmailDraft.write(view.contact().email(), view.contact().name(), "", subject, dated, body,
        feedbackFile(view.period().id(), view.agency().id(), "pdf"), "application/pdf", feedback("pdf", view, dated));
  }

  /** {@code phan-hoi-2026H2-SXD.docx}. */
  public static String feedbackFile(String period, String agency, String format) {
    return "phan-hoi-" + period + "-" + agency + "." + format;
  }

  /** {@code don-doc-2026H2-SXD.docx}; a letter to several agencies: {@code don-doc-2026H2.docx}. */
  public static String reminderFile(String period, String agency, String format) {
    return "don-doc-" + period + (agency == null ? "" : "-" + agency) + "." + format;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
