package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import sctb.core.diag.Location;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Plan;
import sctb.core.progress.Changes;
import sctb.core.progress.Figure;
import sctb.core.progress.FigureChange;
import sctb.core.progress.FinalRevision;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.OtherPhaseVerdict;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.Sources;
import sctb.core.progress.TaskChange;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;
import sctb.core.text.Language;
import sctb.render.report.model.CorrectionView.CorrectedValue;
import sctb.render.report.model.CorrectionView.RestatedFigure;

/**
 * Builds the corrections the report lists: what each is about in the plan's words, the values that
 * differ, where both rows are, and the previous report's figures it restates ({@code figures}: how an
 * indicator's or output's values are shown, by id; null for an id the plan does not have).
 */
record CorrectionViews(ProgressReport report, Language lang, NumberFormats nf, PlanNames names,
    Function<String, Figures> figures) {

  List<CorrectionView> of() {
    Plan plan = report.plan();
    LocalDate previousDue = plan.reporting().onTimeUntil(report.changes().previous());
    LocalDate due = report.reporting().onTimeUntil();
    return report.corrections().stream().map(c -> view(c, c.madeAfter(previousDue), c.period().equals(report.period())
        && c.madeAfter(due))).toList();
  }

  private CorrectionView view(Correction c, boolean sincePrevious, boolean afterDue) {
    Correction.Side older = c.older();
    Correction.Side newer = c.newer();
    TaskRow task = newer.task() != null ? newer.task() : older.task();
    IndicatorRow row = newer.indicator() != null ? newer.indicator() : older.indicator();
    String taskId = "";
    String title = c.subject();
    String sector = "";
    String entity = "";
    List<CorrectedValue> values = List.of();
    if (task != null) {
      taskId = task.task();
      title = report.plan().task(taskId).map(t -> t.title().in(lang)).orElse("");
      values = taskValues(older.task(), newer.task());
    } else if (row != null) {
      title = figureName(row.indicator());
      sector = row.sector().isBlank() ? "" : names.sector(row.sector());
      entity = row.entity().isBlank() ? row.entityId() : Fold.nfc(row.entity().strip());
      values = indicatorValues(kind(row.indicator()), older.indicator(), newer.indicator());
    }
    String agency = c.agency();
    return new CorrectionView(c.period().toString(), names.agency(agency), agency, taskId, title, sector, entity, values,
        place(older.at()), NumberFormats.dmy(older.submittedOn()), place(newer.at()), NumberFormats.dmy(newer.submittedOn()),
        c.reason(), sincePrevious, restates(c), afterDue);
  }

  private static String place(Location at) {
    return at == null ? "" : Sources.text(at);
  }

  /** The values of two task rows that differ; texts are named, not repeated. */
  private List<CorrectedValue> taskValues(TaskRow before, TaskRow after) {
    List<CorrectedValue> out = new ArrayList<>();
    if (before == null || after == null) {
      return out;
    }
    if (before.status() != after.status()) {
      out.add(new CorrectedValue(CorrectedField.STATUS, status(before.status()), status(after.status())));
    }
    number(out, CorrectedField.PROGRESS, before.progress(), after.progress(), "%");
    text(out, CorrectedField.RESULT, before.result(), after.result());
    text(out, CorrectedField.DIFFICULTIES, before.difficulties(), after.difficulties());
    text(out, CorrectedField.PROPOSALS, before.proposals(), after.proposals());
    number(out, CorrectedField.SPENT, before.spentVnd(), after.spentVnd(), "");
    return out;
  }

  /** The numbers of two indicator rows that differ, named as the indicator's kind names them. */
  private List<CorrectedValue> indicatorValues(IndicatorKind kind, IndicatorRow before, IndicatorRow after) {
    List<CorrectedValue> out = new ArrayList<>();
    if (before == null || after == null) {
      return out;
    }
    switch (kind) {
      case REDUCTION -> {
        number(out, CorrectedField.CONSUMPTION, before.numerator(), after.numerator(), "");
        number(out, CorrectedField.OUTPUT, before.denominator(), after.denominator(), "");
      }
      case SHARE -> {
        number(out, CorrectedField.NUMERATOR, before.numerator(), after.numerator(), "");
        number(out, CorrectedField.DENOMINATOR, before.denominator(), after.denominator(), "");
      }
      default -> number(out, CorrectedField.COUNT, before.numerator(), after.numerator(), "");
    }
    return out;
  }

  private void number(List<CorrectedValue> out, CorrectedField field, BigDecimal before, BigDecimal after, String unit) {
    boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
    if (!same) {
      out.add(new CorrectedValue(field, exact(before, unit), exact(after, unit)));
    }
  }

  private static void text(List<CorrectedValue> out, CorrectedField field, String before, String after) {
    if (!Objects.equals(blankToNull(before), blankToNull(after))) {
      out.add(new CorrectedValue(field, "", ""));
    }
  }

  /** A number as it was written, grouped, every decimal kept; "" for none. */
  private String exact(BigDecimal x, String unit) {
    return x == null ? "" : nf.plain(x, Math.max(x.stripTrailingZeros().scale(), 0)) + unit;
  }

  private static String status(Status s) {
    return s == null ? "" : s.id();
  }

  /** The previous report's figures this correction changed: its indicators and sectors, outputs and tasks. */
  private List<RestatedFigure> restates(Correction c) {
    Changes changes = report.changes();
    List<RestatedFigure> out = new ArrayList<>();
    for (FigureChange f : changes.figures()) {
      if (f.change().restated() && f.change().restatement().corrections().contains(c)) {
        Figures shown = figures.apply(f.id());
        String name = figureName(f.id()) + (f.sector() == null ? "" : " (" + names.sector(f.sector()) + ")");
        BigDecimal published = f.change().restatement().published();
        BigDecimal now = f.change().previous() == null ? null : f.change().previous().value();
        out.add(new RestatedFigure("", name, shown == null || published == null ? "" : shown.display(published),
            shown == null ? "" : shown.display(now), ""));
      }
    }
    for (IndicatorProgress ip : report.indicators()) {
      OtherPhaseVerdict v = ip.otherPhaseVerdict();
      for (FinalRevision r : v == null ? List.<FinalRevision>of() : v.revisions()) {
        boolean pooled = r.sector() == null && !v.sectors().isEmpty(); // its sectors say what changed
        if (pooled || !r.restatement().corrections().contains(c)) {
          continue;
        }
        Figures judged = figures.apply(ip.indicator().id());
        Figures shown = judged == null ? null : judged.against(v.target());
        Figure now = r.sector() == null ? v.figure()
            : v.sectors().stream().filter(s -> s.sector().equals(r.sector())).findFirst().orElseThrow().figure();
        String name = figureName(ip.indicator().id()) + (r.sector() == null ? "" : " (" + names.sector(r.sector()) + ")");
        BigDecimal published = r.restatement().published();
        out.add(new RestatedFigure("", name, shown == null || published == null ? "" : shown.display(published),
            shown == null ? "" : shown.display(now.value()), Integer.toString(v.target().year())));
      }
    }
    for (TaskChange t : changes.tasks()) {
      if (t.corrections().contains(c)) {
        out.add(new RestatedFigure(t.task(), report.plan().task(t.task()).map(k -> k.title().in(lang)).orElse(""),
            status(t.published()), status(t.previousStatus()), ""));
      }
    }
    return out;
  }

  private String figureName(String id) {
    Plan plan = report.plan();
    return plan.indicator(id).map(i -> i.name().in(lang))
        .or(() -> Optional.ofNullable(plan.outputs().get(id)).map(o -> o.name().in(lang))).orElse(id);
  }

  private IndicatorKind kind(String id) {
    return report.plan().indicator(id).map(Indicator::kind).orElse(IndicatorKind.COUNT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
