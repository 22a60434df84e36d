package sctb.render.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import sctb.core.text.WindowsFileName;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.collect.model.FeedbackView;
import sctb.render.collect.model.ReminderView;
import sctb.render.office.OfficeDocuments;
import sctb.render.report.ReportRenderer;
import sctb.render.report.ReportTemplates;
import sctb.render.report.TemplateProblem;

/**
 * The feedback to an agency and the reminder letters as documents, in the formats and from the templates
 * {@link OutputFormat} names for them, rendered like the report in the same sandbox (a department's folder
 * overlays the templates); the feedback also as an e-mail draft carrying its PDF ({@link EmailDraft}).
 * File names follow the period and the agency.
 */
public final class CollectDocuments {
  /** The template of the name the feedback's PDF is attached under ("Phiếu phản hồi 2026H2 - Sở Xây dựng"). */
  private static final String ATTACHMENT_NAME = "feedback.attachment.ftl";
  private final ReportRenderer renderer;

  public CollectDocuments(Path templatesOverlay) throws IOException {
    this.renderer = new ReportRenderer(ReportTemplates.configuration(templatesOverlay));
  }

  /** The feedback in a format; an e-mail draft ({@code eml}) carries its PDF. */
  public byte[] feedback(OutputFormat format, FeedbackView view, LocalDate dated) throws TemplateProblem {
    return format == OutputFormat.EML ? email(view, dated) : letter(DocumentKind.FEEDBACK, format, view, dated);
  }

  /** A reminder in a format; {@code signed}: its signing date, or null. */
  public byte[] reminder(OutputFormat format, ReminderView view, LocalDate signed) throws TemplateProblem {
    return letter(DocumentKind.REMINDER, format, view, signed);
  }

  /** A letter in a text, Word or PDF format, from the template the format names for its kind. */
  private byte[] letter(DocumentKind kind, OutputFormat format, Record view, LocalDate dated) throws TemplateProblem {
    String template = format.template(kind);
    return switch (format) {
      case DOCX -> OfficeDocuments.docx(renderer, view, template, "docx/core-letter.xml.ftlx");
      case PDF -> OfficeDocuments.pdf(renderer, view, template, dated);
      default -> renderer.render(template, view).getBytes(StandardCharsets.UTF_8);
    };
  }

  private byte[] email(FeedbackView view, LocalDate dated) throws TemplateProblem {
    String text = renderer.render(OutputFormat.EML.template(DocumentKind.FEEDBACK), view);
    int end = text.indexOf('\n');
    String subject = end < 0 ? text.strip() : text.substring(0, end).strip();
    String body = end < 0 ? "" : text.substring(end + 1).strip() + "\n";
    String ascii = feedbackFile(view.period().id(), view.agency().id(), OutputFormat.PDF);
    String readable = WindowsFileName.of(renderer.render(ATTACHMENT_NAME, view).strip(), "");
    return EmailDraft.write(view.contact().email(), view.contact().name(), "", subject, dated, body,
        new EmailDraft.Attachment(readable.isEmpty() ? ascii : readable + ".pdf", ascii, "application/pdf",
            feedback(OutputFormat.PDF, view, dated)));
  }

  /** {@code phan-hoi-2026H2-SXD.docx}. */
  public static String feedbackFile(String period, String agency, OutputFormat format) {
    return "phan-hoi-" + period + "-" + agency + "." + format.extension();
  }

  /** {@code don-doc-2026H2-SXD.docx}; a letter to several agencies: {@code don-doc-2026H2.docx}. */
  public static String reminderFile(String period, String agency, OutputFormat format) {
    return "don-doc-" + period + (agency == null ? "" : "-" + agency) + "." + format.extension();
  }
}
