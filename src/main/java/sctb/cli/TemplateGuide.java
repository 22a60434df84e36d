package sctb.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Plan;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.Status;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.io.xlsx.TemplateLabels;
import sctb.core.text.NumberFormats;

/** The lines of the workbook template's "Hướng dẫn" sheet, in the user's language (Vietnamese by default). */
final class TemplateGuide {
  private TemplateGuide() {}

  static List<List<String>> lines(Plan plan, String agency, Period period, FileKind kind, String fileName,
      Language language, Messages messages) {
    Agency a = plan.agency(agency).orElseThrow();
    Agency recipient = plan.agency(plan.reporting().recipient()).orElseThrow();
    LocalDate due = plan.reporting().dueDate(period);
    List<List<String>> out = new ArrayList<>();
    out.add(List.of(messages.get("xlsx.guide.title." + kind.id(), a.name().in(language), agency, period)));
    out.add(List.of(messages.get("xlsx.guide.due", NumberFormats.dmy(due),
        recipient.name().in(language), recipient.id(),
        plan.reporting().consolidatedFor().in(language))));
    out.add(List.of(messages.get("xlsx.guide.where." + kind.id(), switch (kind) {
      case TASKS -> "nhiem-vu";
      case INDICATORS -> "chi-so";
      case REGISTER -> "co-so";
    })));
    out.add(List.of());
    out.add(List.of(messages.get("xlsx.guide.column"), messages.get("xlsx.guide.meaning")));
    for (Column c : kind.columns()) {
      out.add(List.of(c.header(), messages.get("xlsx.column." + c.id())));
    }
    if (kind == FileKind.TASKS) {
      out.add(List.of());
      out.add(List.of(messages.get("xlsx.guide.status"), messages.get("xlsx.guide.meaning")));
      for (Status s : Status.values()) {
        out.add(List.of(TemplateLabels.STATUSES.get(s.ordinal()), messages.get("xlsx.status." + s.id())));
      }
    }
    out.add(List.of());
    out.add(List.of(messages.get("xlsx.guide.check", fileName)));
    return out;
  }
}
