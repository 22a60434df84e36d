package sctb.render.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import sctb.core.period.Period;
import sctb.core.period.ReportStanding;
import sctb.core.plan.Fraction;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.progress.Assessment;
import sctb.core.progress.Coverage;
import sctb.core.progress.CoverageFact;
import sctb.core.progress.CumulativeFall;
import sctb.core.progress.Exclusion;
import sctb.core.progress.Figure;
import sctb.core.progress.Forecast;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.Omission;
import sctb.core.progress.OtherPhaseVerdict;
import sctb.core.progress.OutputProgress;
import sctb.core.progress.Pace;
import sctb.core.progress.PanelEntity;
import sctb.core.progress.PooledReduction;
import sctb.core.progress.PopulationCheck;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReductionDetail;
import sctb.core.progress.ReductionOutcome;
import sctb.core.progress.ReductionSector;
import sctb.core.progress.SectorProgress;
import sctb.core.progress.Sources;
import sctb.core.progress.TallyOutcome;
import sctb.core.progress.TallySector;
import sctb.core.progress.TaskShareOutcome;
import sctb.core.progress.ThresholdDisplay;
import sctb.core.progress.Verdict;
import sctb.core.progress.VerdictReason;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.FigureView;
import sctb.render.report.model.PlanNames;
import sctb.render.report.model.ReportViews;

/**
 * {@code sctb explain}: one figure of the report as text an analyst can recompute by hand — the
 * formula with its numbers filled in, then every row behind it as file:line.
 */
public final class Explanation {
  private final ProgressReport report;
  private final Messages m;
  private final List<String> lines = new ArrayList<>();
  /** The rows listed as behind a reduction: only their corrections are the figure's own. */
  private final java.util.Set<sctb.core.diag.Location> used = new java.util.HashSet<>();

  private Explanation(ProgressReport report, Messages messages) {
    this.report = report;
    this.m = messages;
  }

  /** The explanation of an indicator (overall, or one sector when {@code sector} is not null). */
  public static String of(ProgressReport report, IndicatorProgress indicator, SectorProgress sector, Messages messages) {
    Explanation e = new Explanation(report, messages);
    e.indicator(indicator, sector);
    String id = indicator.indicator().id();
    String sectorId = sector == null ? null : sector.sector();
    if (sector == null && indicator.outcome() instanceof TallyOutcome tally) {
      e.leftOut(tally.leftOut(), tally.population());
      e.falls(tally.falls());
    }
    List<String> tasks = indicator.outcome() instanceof TaskShareOutcome share ? share.named().stream().map(Task::id).toList()
        : List.of();
    boolean reduction = indicator.indicator().kind() == IndicatorKind.REDUCTION;
    e.history(id, sectorId, c -> e.touches(c, id, sectorId, tasks, reduction));
    return e.text();
  }

  /** The explanation of a task output. */
  public static String of(ProgressReport report, OutputProgress output, Messages messages) {
    Explanation e = new Explanation(report, messages);
    e.output(output);
    String id = output.output().id();
    e.history(id, null, c -> e.touches(c, id, null, List.of(), false));
    return e.text();
  }

  /**
   * Beside the indicator's own verdict, before the rows it rests on: the other phase's final verdict (its
   * target year over), and for a target set per sector each sector's. Nothing for one sector's figure.
   */
  private void otherPhase(IndicatorProgress ip, SectorProgress sector) {
    OtherPhaseVerdict v = ip.otherPhaseVerdict();
    if (sector != null || v == null) {
      return;
    }
    Target t = v.target();
    Figure f = v.figure();
    lines.add("");
    lines.add(m.get("explain.other-phase", t.year(), t.phase(), t.baseline(), num(t.min()),
        ip.indicator().unitFor(t.min(), m.language()), verdict(f.assessment()), num(f.value()), f.asOf() == null ? "—" : f.asOf(),
        ip.indicator().unitFor(f.value(), m.language())));
    for (ReductionSector s : v.sectors()) {
      Figure sf = s.figure();
      lines.add(sf.value() == null ? m.get("explain.overall.sector-none", sectorName(s.sector()), verdict(sf.assessment()))
          : m.get("explain.overall.sector", sectorName(s.sector()), num(sf.value()), sf.asOf(), verdict(sf.assessment())));
    }
  }

  /** A provisional report says so under its heading: the period had not ended, the data runs to the day it was made. */
  private void provisional() {
    ReportStanding standing = report.standing();
    if (standing.provisional()) {
      Period p = report.period();
      lines.add(m.get("explain.provisional", p, NumberFormats.dmy(p.end()), NumberFormats.dmy(standing.dataUntil())));
    }
  }

  /** A row's entity as reported: its name, else its register id; an aggregate row (neither) says so. */
  private String entityShown(IndicatorRow r) {
    return !r.entity().isBlank() ? r.entity() : !r.entityId().isBlank() ? r.entityId() : m.get("explain.aggregate");
  }

  /** The entities a share left out, and its population against the register. */
  private void leftOut(List<Omission> omitted, PopulationCheck population) {
    if (!omitted.isEmpty()) {
      lines.add("");
      lines.add(m.get("explain.left-out", omitted.size()));
      for (Omission o : omitted) {
        IndicatorRow r = o.row();
        lines.add(m.get("explain.left-out.row", Sources.text(r.at()), r.period(), r.agency(), entityShown(r),
            m.get("explain.left-out." + o.reason().id(), report.plan().progress().maxDataAge())));
      }
    }
    if (population != null) {
      lines.add(m.get(population.matches() ? "explain.population" : "explain.population.differs", population.registered(),
          m.get("entity-kind." + population.kind().id()), num(population.reported())));
    }
  }

  /** The rows used that fell below an earlier row of theirs (a cumulative figure), and what to check. */
  private void falls(List<CumulativeFall> falls) {
    if (falls.isEmpty()) {
      return;
    }
    lines.add("");
    lines.add(m.get("explain.falls", falls.size()));
    for (CumulativeFall f : falls) {
      IndicatorRow before = f.earlier();
      IndicatorRow after = f.later();
      lines.add(m.get("explain.falls.row", after.agency(), entityShown(after), fallValue(before), before.period(),
          Sources.text(before.at()), fallValue(after), after.period(), Sources.text(after.at())));
    }
    lines.add(m.get("explain.falls.check"));
  }

  /** A row's numerator, over its denominator for a share's row. */
  private String fallValue(IndicatorRow r) {
    return r.denominator() == null ? num(r.numerator()) : num(r.numerator()) + "/" + num(r.denominator());
  }

  /** How the figure moved since the previous report, and every correction of the rows it rests on. */
  private void history(String id, String sector, Predicate<Correction> touches) {
    report.changes().of(id, sector).ifPresent(c -> {
      lines.add("");
      Figure before = c.previous();
      if (before == null || before.value() == null) {
        lines.add(m.get("explain.change.none", c.period()));
      } else {
        lines.add(m.get("explain.change", c.period(), num(before.value()), before.asOf() == null ? "—" : before.asOf(),
            num(c.difference())));
      }
      if (c.restated()) {
        lines.add(m.get("explain.change.restated", c.restatement().published() == null ? "—" : num(c.restatement().published()),
            String.join(", ", c.restatement().corrections().stream().map(x -> Sources.text(x.newer().at())).toList())));
      }
    });
    List<Correction> corrections = report.corrections().stream().filter(touches).toList();
    if (corrections.isEmpty()) {
      return;
    }
    lines.add("");
    lines.add(m.get("explain.corrections", corrections.size()));
    for (Correction c : corrections) {
      lines.add(m.get("explain.correction", c.period(), c.agency(), c.subject(), side(c.older()), side(c.newer()),
          m.get("explain.correction." + c.reason().id())));
    }
  }

  /** Whether a correction is of a row behind the figure: of its indicator (and sector), or of a task it counts. */
  private boolean touches(Correction c, String id, String sector, List<String> tasks, boolean reduction) {
    Correction.Side s = c.newer().known() ? c.newer() : c.older();
    if (c.period().end().isAfter(report.period().end())) {
      return false;
    }
    // A reduction rests on its listed rows alone (baseline year and latest period): a correction of a 2024H1 row is
    // not one of a figure measured from 2025. A share's or count's baseline value rests on earlier rows, not listed.
    if (reduction && !used.contains(c.newer().at())) {
      return false;
    }
    if (s.task() != null) {
      return tasks.contains(s.task().task());
    }
    return s.indicator() != null && s.indicator().indicator().equals(id)
        && (sector == null || sector.equals(s.indicator().sector()));
  }

  /** One row of a correction: file:line, date sent, and its numbers or status. */
  private String side(Correction.Side s) {
    String values = "";
    if (s.indicator() != null) {
      IndicatorRow r = s.indicator();
      values = r.denominator() == null ? num(r.numerator()) : num(r.numerator()) + " / " + num(r.denominator());
    } else if (s.task() != null) {
      TaskRow r = s.task();
      values = (r.status() == null ? "—" : m.get("task-status." + r.status().id())) + (r.progress() == null ? "" : ", " + num(r.progress()) + " %");
    }
    values = values.isEmpty() ? "—" : values;
    return s.submittedOn() == null ? m.get("explain.correction.side.undated", Sources.text(s.at()), values)
        : m.get("explain.correction.side", Sources.text(s.at()), NumberFormats.dmy(s.submittedOn()), values);
  }

  private String text() {
    lines.add("");
    lines.add(m.get("explain.rounding"));
    return String.join("\n", lines) + "\n";
  }

  private void indicator(IndicatorProgress ip, SectorProgress sector) {
    Language lang = m.language();
    lines.add(m.get("explain.header", ip.indicator().id(), ip.indicator().name().in(lang)));
    Target t = ip.target();
    Period p = report.period();
    if (t == null || t.isQualitative()) {
      lines.add(m.get("explain.context.qualitative", p, NumberFormats.dmy(p.end()), report.phase().name().in(lang),
          t == null ? "" : t.year()));
    } else {
      Indicator indicator = ip.indicator();
      String stretch = t.stretch() == null ? "" : m.get("explain.stretch", num(t.stretch()), indicator.unitFor(t.stretch(), lang));
      lines.add(m.get("explain.context", p, NumberFormats.dmy(p.end()), report.phase().name().in(lang), t.year(),
          t.baseline(), num(t.min()), stretch, m.get("method." + report.plan().progress().method().id()),
          indicator.unitFor(t.min(), lang)));
    }
    provisional();
    lines.add("");
    IndicatorKind kind = ip.indicator().kind();
    if (ip.outcome() instanceof ReductionOutcome reduction) {
      if (sector instanceof ReductionSector rs) {
        reductionSector(rs, t, ReportViews.figure(ip, rs, report, lang));
      } else {
        reductionOverall(ip, reduction);
      }
      return;
    }
    Figure f = sector != null ? sector.figure() : ip.figure();
    Assessment a = f.assessment();
    Period asOf = f.asOf();
    BigDecimal value = f.value();
    FigureView shown = ReportViews.figure(ip, sector, report, lang);
    if (ip.outcome() instanceof TaskShareOutcome share) {
      if (value != null) {
        lines.add(m.get("explain.tasks", num(BigDecimal.valueOf(share.delivered())),
            num(BigDecimal.valueOf(share.named().size())), num(value)) + inReport(shown.value()));
      }
      assessment(a, asOf, value, t, false, shown);
      otherPhase(ip, sector);
      lines.add("");
      lines.add(m.get("explain.rows", share.named().size()));
      for (Task task : share.named()) {
        TaskRow row = share.status(task).orElse(null);
        lines.add(row == null ? m.get("explain.row.task-none", task.id())
            : m.get("explain.row.task", Sources.text(row.at()), task.id(), m.get("task-status." + row.status().id()),
                row.period()));
      }
      return;
    }
    List<IndicatorRow> rows = sector instanceof TallySector ts ? ts.rows()
        : ip.outcome() instanceof TallyOutcome tally ? tally.rows() : List.of();
    if (value != null) {
      if (kind == IndicatorKind.SHARE) {
        BigDecimal n = rows.stream().map(r -> zero(r.numerator())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal d = rows.stream().map(r -> zero(r.denominator())).reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(m.get("explain.share", num(n), num(d), num(value)) + inReport(shown.value()));
      } else {
        lines.add(m.get("explain.count", num(value)) + inReport(shown.value()));
      }
    }
    assessment(a, asOf, value, t, true, shown);
    otherPhase(ip, sector);
    rows(rows, kind);
  }

  private void output(OutputProgress o) {
    Language lang = m.language();
    lines.add(m.get("explain.output-header", o.output().id(), o.task().id(), o.output().name().in(lang)));
    Period p = report.period();
    lines.add(m.get("explain.context", p, NumberFormats.dmy(p.end()), report.phase().name().in(lang), o.goal().targetYear(),
        o.goal().baselineYear(), num(o.goal().min()), "", m.get("method." + report.plan().progress().method().id()),
        o.output().unitFor(o.goal().min(), lang)));
    provisional();
    lines.add("");
    Figure f = o.figure();
    FigureView shown = ReportViews.output(o, report, lang);
    if (f.value() != null) {
      lines.add(m.get("explain.count", num(f.value())) + inReport(shown.value()));
    }
    assessment(f.assessment(), f.asOf(), f.value(), o.goal().min(), o.goal().targetYear(), true, shown);
    rows(o.rows(), IndicatorKind.COUNT);
  }

  private void reductionSector(ReductionSector s, Target t, FigureView shown) {
    ReductionDetail d = s.detail();
    Figure f = s.figure();
    lines.add(m.get("explain.sector", sectorName(s.sector()), f.asOf() == null ? "—" : f.asOf(),
        t.baseline(), s.panelSize(), outlierFactor()));
    if (d != null && d.intensityBaseline() != null) {
      lines.add(m.get("explain.intensity-b", num(d.consumptionBaseline()), num(d.outputBaseline()), num(d.intensityBaseline())));
      lines.add(m.get("explain.intensity-c", num(d.consumptionCurrent()), num(d.outputCurrent()), num(d.intensityCurrent())));
      lines.add(m.get("explain.reduction", num(d.intensityCurrent()), num(d.intensityBaseline()), num(f.value()))
          + inReport(shown.value()));
    }
    assessment(f.assessment(), f.asOf(), f.value(), t, true, shown);
    if (d == null) {
      return;
    }
    lines.add("");
    int count = d.panel().stream().mapToInt(e -> e.baseline().sources().size() + e.current().sources().size()).sum();
    lines.add(m.get("explain.rows", count));
    for (PanelEntity e : d.panel()) {
      used.addAll(e.baseline().sources());
      used.addAll(e.current().sources());
      // A baseline built from BH1 + BH2 is one figure: one line naming both rows, so the sums add up by hand.
      lines.add(m.get("explain.row.reduction",
          String.join(" + ", e.baseline().sources().stream().map(Sources::text).toList()), t.baseline() + "", e.entity(),
          num(e.baseline().consumption()), num(e.baseline().output())));
      lines.add(m.get("explain.row.reduction", Sources.text(e.current().sources().get(0)), f.asOf(), e.entity(),
          num(e.current().consumption()), num(e.current().output())));
    }
    if (!d.excluded().isEmpty()) {
      lines.add("");
      lines.add(m.get("explain.excluded", d.excluded().size()));
      // The factor for an implausible change's words; the other reasons take no argument.
      String factor = outlierFactor();
      for (Exclusion x : d.excluded()) {
        BigDecimal share = x.outputShare() == null ? null : x.outputShare().multiply(BigDecimal.valueOf(100));
        String sources = String.join(", ", x.sources().stream().map(Sources::text).toList());
        // An establishment with no output at C or B (e.g. half a baseline year and nothing since) has no share to show.
        lines.add(x.output() == null
            ? m.get("explain.excluded.row-no-output", x.entity(), m.get("explain.reason." + x.reason().id(), factor), sources)
            : m.get("explain.excluded.row", x.entity(), m.get("explain.reason." + x.reason().id(), factor),
                num(x.output()), num(share), m.get("explain.basis." + x.shareBasis()), sources));
      }
    }
  }

  private void reductionOverall(IndicatorProgress ip, ReductionOutcome reduction) {
    lines.add(m.get("explain.sectors"));
    for (ReductionSector s : reduction.sectors()) {
      Figure sf = s.figure();
      String verdict = m.get("status." + sf.assessment().status().id());
      lines.add(sf.value() == null ? m.get("explain.overall.sector-none", sectorName(s.sector()), verdict)
          : m.get("explain.overall.sector", sectorName(s.sector()), num(sf.value()), sf.asOf(), verdict));
    }
    List<String> counts = new ArrayList<>();
    reduction.sectorVerdicts().counts().forEach((verdict, count) -> {
      if (count > 0) {
        counts.add(m.get("explain.tally.item", count, m.get("status." + verdict.id())));
      }
    });
    lines.add(m.get("explain.tally", reduction.sectors().size(), String.join(", ", counts)));
    PooledReduction pooled = reduction.pooled();
    if (pooled.value() != null) {
      lines.add(m.get("explain.pooled", report.plan().progress().commonUnit().in(m.language()),
          num(pooled.consumptionCurrent()), num(pooled.consumptionAtBaselineIntensity()), num(pooled.value())));
    }
    for (PooledReduction.LeftOut out : pooled.leftOut()) {
      lines.add(m.get("explain.pooled.left-out", sectorName(out.sector()), m.get("pooled." + out.reason().id())));
    }
    if (ip.target() != null && !ip.target().isQualitative()) {
      lines.add(m.get("explain.median"));
    }
    Figure f = reduction.figure();
    assessment(f.assessment(), f.asOf(), f.value(), ip.target(), false);
    otherPhase(ip, null);
    lines.add("");
    lines.add(m.get("explain.rows", reduction.sources().size()));
    used.addAll(reduction.sources());
    reduction.sources().forEach(s -> lines.add("  " + Sources.text(s)));
  }

  /** {@code forecastable}: false for a figure that is never forecast itself (a target common to several sectors, a share of tasks). */
  private void assessment(Assessment a, Period asOf, BigDecimal value, Target t, boolean forecastable) {
    assessment(a, asOf, value, t, forecastable, null);
  }

  private void assessment(Assessment a, Period asOf, BigDecimal value, Target t, boolean forecastable, FigureView shown) {
    assessment(a, asOf, value, t == null ? null : t.min(), t == null ? null : t.year(), forecastable, shown);
  }

  /**
   * {@code shown}: the figure as the report shows it (null: none), written beside each exact number so
   * that a reader finds the report's rounded figure ("trong báo cáo: 92,3%").
   */
  private void assessment(Assessment a, Period asOf, BigDecimal value, BigDecimal min, Integer targetYear,
      boolean forecastable, FigureView shown) {
    if (value == null) {
      // Rows were reported, in asOf, but too old to count.
      boolean tooOld = a.reason() == VerdictReason.STALE_DATA || a.reason() == VerdictReason.NO_TARGET_YEAR_DATA;
      lines.add(tooOld ? m.get("explain.no-current-data", report.period(), asOf)
          : a.reason() == VerdictReason.ALL_CLOSED ? m.get("explain.no-data.all-closed", report.period())
          : m.get("explain.no-data", report.period()));
    } else if (asOf.end().isBefore(report.period().end())) {
      lines.add(m.get("explain.as-of", asOf, report.period()));
    }
    BigDecimal baseline = a.baseline().value();
    lines.add(m.get("explain.baseline", num(baseline), m.get("explain.baseline." + a.baseline().source().id()))
        + inReport(shown == null ? "" : shown.baseline()));
    Pace p = a.pace();
    if (p != null && p.expected() != null && asOf != null) {
      String method = report.plan().progress().method().id();
      // A final verdict on older data (a count met years before, Goal.settledBy) reads the path at the target year's end.
      Period pathAt = a.isFinal() && p.monthsElapsed() == p.monthsTotal() && targetYear != null
          && asOf.end().getYear() < targetYear ? Period.year(targetYear) : asOf;
      if (method.equals("linear")) {
        lines.add(m.get("explain.expected.linear", pathAt, num(baseline), num(min),
            p.monthsElapsed(), p.monthsTotal(), num(p.expected())) + inReport(shown == null ? "" : shown.expected()));
      } else {
        lines.add(m.get("explain.expected.cagr", pathAt, num(min), p.monthsTotal(), num(p.expected()))
            + inReport(shown == null ? "" : shown.expected()));
      }
    }
    if (p != null && p.ratio() != null) {
      String ratioShown = shown == null ? "" : shown.ratioAhead() ? m.get("explain.ratio.ahead")
          : shown.ratioBehind() ? m.get("explain.ratio.behind") : shown.ratio();
      if (report.plan().progress().method().id().equals("linear")) {
        lines.add(m.get("explain.ratio.linear", num(value), num(baseline), num(p.expected()), num(p.ratio()))
            + inReport(ratioShown));
      } else {
        lines.add(m.get("explain.ratio.cagr", num(p.observedGrowth()), num(p.neededGrowth()), num(p.ratio()),
            p.monthsElapsed(), p.monthsTotal()) + inReport(ratioShown));
      }
    }
    coverage(a.coverage());
    Forecast forecast = a.forecast();
    if (forecast != null && targetYear != null) {
      String points = String.join("; ", forecast.observations().stream()
          .map(o -> o.period() + " " + num(o.value())).toList());
      lines.add(m.get("explain.forecast", targetYear, num(forecast.central()), num(forecast.low()), num(forecast.high()),
          forecast.observations().size(), points));
    } else if (forecastable && !a.isFinal() && a.status().judges()) {
      lines.add(m.get("explain.forecast.none"));
    }
    lines.add(m.get("explain.status", verdict(a)) + (a.isFinal() ? " " + m.get("explain.final") : ""));
    if (a.reason() != null) {
      lines.add(m.get("explain.reason", m.get("reason." + a.reason().id(), report.plan().progress().maxDataAge())));
    } else if (p != null && p.ratio() != null && RATIO_VERDICTS.contains(a.status())) {
      rule(p.ratio());
    }
  }

  /** " (trong báo cáo: 92,3%)" after an exact number; nothing when the report shows none. */
  private String inReport(String shown) {
    return shown == null || shown.isEmpty() ? "" : " " + m.get("explain.in-report", shown);
  }

  private static final java.util.Set<Verdict> RATIO_VERDICTS = java.util.EnumSet.of(Verdict.ON_TRACK,
      Verdict.ACCELERATION_NEEDED, Verdict.LIMITED_PROGRESS, Verdict.DETERIORATION);

  /** Which threshold of plan.yaml put the ratio in its verdict, in per cent as the report shows it. */
  private void rule(BigDecimal ratio) {
    var settings = report.plan().progress();
    // The report's bounds (100 % and the thresholds): the ratio reads here as in the report's table.
    List<BigDecimal> bounds = sctb.render.report.model.ReportViews.ratioBounds(settings);
    BigDecimal shown = ThresholdDisplay.displayed(ratio.movePointRight(2), bounds, 0);
    lines.add(m.get("explain.rule", num(shown), num(bounds.get(1)), num(bounds.get(2)), num(bounds.get(3))));
  }

  /** A verdict in words, with the upper end met and achieved late when so. */
  private String verdict(Assessment a) {
    return m.get("status." + a.status().id()) + (a.stretchMet() ? m.get("status.stretch") : "")
        + (a.achievedLate() == null ? "" : m.get("status.achieved-late", a.achievedLate()));
  }

  private void coverage(Coverage coverage) {
    if (coverage.facts().isEmpty()) {
      return;
    }
    lines.add(m.get("explain.coverage"));
    for (CoverageFact f : coverage.facts()) {
      String threshold = f.threshold() == null ? ""
          : m.get(f.met() ? "explain.coverage.threshold" : "explain.coverage.short", share(f.threshold()));
      BigDecimal share = f.share() == null ? null : f.share().multiply(BigDecimal.valueOf(100));
      lines.add(m.get("explain.coverage.fact", m.get("coverage." + f.kind().id()), num(f.part()), num(f.whole()),
          num(share), threshold));
    }
  }

  /** A threshold as the plan wrote it: a fraction as it is ("2/3"), a decimal as a percentage ("80 %"). */
  private String share(Fraction threshold) {
    return threshold.percent().map(p -> num(p) + " %").orElse(threshold.toString());
  }

  private void rows(List<IndicatorRow> rows, IndicatorKind kind) {
    lines.add("");
    lines.add(m.get("explain.rows", rows.size()));
    for (IndicatorRow r : rows.stream().sorted(Sources.INDICATOR_ROW).toList()) {
      String entity = entityShown(r);
      if (kind == IndicatorKind.SHARE) {
        lines.add(m.get("explain.row.share", Sources.text(r.at()), r.period(), r.agency(), entity, num(r.numerator()),
            num(r.denominator())));
      } else {
        lines.add(m.get("explain.row.count", Sources.text(r.at()), r.period(), r.agency(), entity, num(r.numerator())));
      }
    }
  }

  private String sectorName(String id) {
    return new PlanNames(report.plan(), m.language()).sector(id);
  }

  /** Display only: at most 6 decimals, no thousands separator, decimal comma in Vietnamese. */
  /** plan.yaml's {@code progress.outlier_factor} as the explanation writes it ("3"). */
  private String outlierFactor() {
    return num(BigDecimal.valueOf(report.plan().progress().outlierFactor()));
  }

  private String num(BigDecimal b) {
    if (b == null) {
      return "—";
    }
    BigDecimal r = b.setScale(Math.min(Math.max(b.scale(), 0), 6), RoundingMode.HALF_EVEN).stripTrailingZeros();
    String s = r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    return m.language() == Language.VI ? s.replace('.', ',') : s;
  }

  private static BigDecimal zero(BigDecimal b) {
    return b == null ? BigDecimal.ZERO : b;
  }
}
