package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import sctb.core.diag.Diagnostics;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.ProgressSettings;
import sctb.core.plan.Sector;
import sctb.core.plan.Successions;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.plan.TaskOutput;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;

/**
 * The indicator engine: plan + accepted rows + period → {@link ProgressReport}. Pure: no clock, no
 * I/O; the result depends only on its arguments, never on the order of rows or files. The rules are
 * in docs/methodology.md; each lives in one class (ReductionPanel, ShareCount, TaskShare, TaskStatuses,
 * ReportingCheck, Assessor, SectorBasedJudgment, PooledReduction, TrendForecast, DataAge, ThresholdDisplay).
 */
public final class ProgressEngine {
  private final Plan plan;
  private final Submissions data;
  private final Period period;
  private final UnaryOperator<String> answersFor;
  private final Map<String, Boolean> fileInScope;
  /** Per reduction indicator and sector key, what the accumulator kept; each sector's freed once its panel is built. */
  private final Map<String, Map<String, ReductionRows>> reductions;

  private ProgressEngine(Plan plan, Submissions data, Period period, Map<String, Boolean> fileInScope,
      Map<String, Map<String, ReductionRows>> reductions) {
    this.plan = plan;
    this.data = data;
    this.period = period;
    this.fileInScope = fileInScope;
    this.reductions = reductions;
    LocalDate due = plan.reporting().dueDate(period);
    this.answersFor = agency -> Successions.follow(plan, agency, null, due);
  }

  /** The whole report for {@code period}: every row whose period ends on or before its end is in scope. */
  public static ProgressReport compute(Plan plan, Submissions submissions, Period period) {
    // The same path as a streamed read: through the accumulator, so both keep the same rows.
    ProgressAccumulator acc = new ProgressAccumulator(plan, period);
    submissions.tasks().forEach(acc::task);
    submissions.indicators().forEach(acc::indicator);
    return acc.finish(submissions.files(), submissions.diagnostics(), submissions.rejectedRows());
  }

  /**
   * The report over what {@link ProgressAccumulator} kept: the rows of share, count and task indicators
   * in {@code kept}, the reduction rows per indicator and sector key in {@code reductions} (emptied as
   * the sectors are computed), with which files hold rows up to P.
   */
  static ProgressReport compute(Plan plan, Submissions kept, Period period, Map<String, Boolean> fileInScope,
      Map<String, Map<String, ReductionRows>> reductions) {
    return new ProgressEngine(plan, kept, period, fileInScope, reductions).run();
  }

  /** The phase a period is judged in: the one containing the year P ends in (before the first: the first; after the last: the last). */
  public static Phase phaseFor(Plan plan, Period period) {
    int year = period.end().getYear();
    List<Phase> phases = plan.info().phases();
    return plan.phaseOf(year).orElse(year < phases.get(0).start() ? phases.get(0) : phases.get(phases.size() - 1));
  }

  private ProgressReport run() {
    Phase phase = phaseFor(plan, period);
    Phase other = plan.info().phases().stream().filter(p -> !p.id().equals(phase.id())).findFirst().orElse(null);
    List<TaskProgress> tasks = TaskStatuses.compute(plan, data.tasks(), period);
    List<IndicatorProgress> indicators = new ArrayList<>();
    for (Indicator indicator : plan.indicators()) {
      indicators.add(indicator(indicator, phase, other));
    }
    List<OutputProgress> outputs = plan.outputs().values().stream().map(this::output).toList();
    List<GroupSummary> groups = plan.groups().stream().map(g -> group(g, tasks)).toList();
    ReportingStatus reporting = ReportingCheck.compute(plan, data.tasks(), period);
    Diagnostics sorted = new Diagnostics();
    sorted.addAll(inScope(data.diagnostics(), fileInScope));
    DataQuality quality = new DataQuality(data.files().size(), sorted.sorted(), data.rejectedRows());
    return new ProgressReport(plan, period, phase, other, indicators, outputs, groups, tasks, reporting, quality);
  }

  /**
   * The diagnostics about the data this report can use: every one, except those on files whose
   * accepted rows all belong to periods after P (a later file's slips do not concern this report).
   * Files without accepted rows are kept: their period is unknown.
   */
  static List<sctb.core.diag.Diagnostic> inScope(List<sctb.core.diag.Diagnostic> diagnostics,
      Map<String, Boolean> fileInScope) {
    return diagnostics.stream()
        .filter(d -> fileInScope.getOrDefault(String.valueOf(d.location().file()), true))
        .toList();
  }

  private IndicatorProgress indicator(Indicator indicator, Phase phase, Phase other) {
    // An indicator without a target in P's phase (curricula-integrated ends in 2025) is judged against the other one.
    Target target = indicator.targetFor(phase.id()).orElse(null);
    Target otherTarget = other == null ? null : indicator.targetFor(other.id()).orElse(null);
    if (target == null) {
      target = otherTarget;
      otherTarget = null;
    }
    if (target == null) {
      Assessment none = Assessment.unjudged(Baseline.NONE, Verdict.NO_DATA, VerdictReason.NO_TARGET, null, false,
          Coverage.NONE);
      return new IndicatorProgress(indicator, null, null, new Untargeted(new Figure(null, null, none)));
    }
    Outcome outcome = switch (indicator.kind()) {
      case REDUCTION -> reduction(target, reductions.remove(indicator.id()));
      case SHARE, COUNT -> shareOrCount(indicator.kind(), target, rowsUpToP(indicator.id()));
      case TASKS -> taskShare(indicator, target);
    };
    return new IndicatorProgress(indicator, target, otherTarget, outcome);
  }

  /** The rows of an indicator or task output up to P, in the one order of rows. */
  private List<IndicatorRow> rowsUpToP(String id) {
    return data.indicators().stream()
        .filter(r -> r.indicator().equals(id) && !r.period().end().isAfter(period.end()))
        .sorted(Sources.INDICATOR_ROW).toList();
  }

  /** {@code bySector}: the indicator's rows per sector key (null: none), each removed once its sector is computed. */
  private ReductionOutcome reduction(Target target, Map<String, ReductionRows> bySector) {
    Goal goal = Goal.of(IndicatorKind.REDUCTION, target, Baseline.declaredOrZero(target.baselineValue()));
    Period cut = goal.cutOff(period);
    ProgressSettings settings = plan.progress();
    List<ReductionSector> sectors = new ArrayList<>();
    Period asOf = null;
    List<String> sectorIds = target.sectors();
    for (int i = 0; i < sectorIds.size(); i++) {
      String sectorId = sectorIds.get(i);
      String key = Fold.key(sectorId);
      // Freed after its last use (a sector could be named twice): at most one sector's rows and panel overlap.
      boolean last = sectorIds.subList(i + 1, sectorIds.size()).stream().noneMatch(id -> Fold.key(id).equals(key));
      ReductionRows rows = bySector == null ? null : last ? bySector.remove(key) : bySector.get(key);
      ReductionPanel.Result r = ReductionPanel.compute(rows, cut);
      Coverage coverage = r.detail() == null ? Coverage.NONE
          : ReductionPanel.coverage(r.detail(), settings.coverage().minPanelOutput());
      Evidence evidence = new Evidence(r.asOf(), r.value(), r.asOf() == null ? VerdictReason.NO_ROWS : VerdictReason.EMPTY_PANEL,
          coverage, ReductionPanel.series(rows, period));
      Figure figure = new Figure(r.asOf(), r.value(), Assessor.assess(goal, settings, period, evidence));
      sectors.add(new ReductionSector(sectorId, figure, r.detail()));
      if (r.value() != null && (asOf == null || r.asOf().compareTo(asOf) > 0)) {
        asOf = r.asOf();
      }
    }
    List<Figure> figures = sectors.stream().map(ReductionSector::figure).toList();
    Assessment overall = SectorBasedJudgment.judge(goal, settings, period, asOf, figures);
    PooledReduction pooled = PooledReduction.of(sectors, id -> plan.sector(id).map(Sector::commonUnitFactor).orElse(null));
    VerdictTally tally = VerdictTally.of(figures.stream().map(f -> f.assessment().status()).toList());
    List<Location> sources = LocationList.union(sectors.stream().map(ReductionSector::sources).toList());
    return new ReductionOutcome(new Figure(asOf, pooled.value(), overall), tally, pooled, sectors, sources);
  }

  private TallyOutcome shareOrCount(IndicatorKind kind, Target target, List<IndicatorRow> rows) {
    Tallied overall = tally(kind, goal(kind, target, rows), rows);
    // Per sector, for rows that name one; plan order, then any other spelling sorted.
    Map<String, List<IndicatorRow>> bySector = new TreeMap<>();
    for (IndicatorRow r : rows) {
      if (!r.sector().isBlank()) {
        bySector.computeIfAbsent(sectorId(r.sector()), k -> new ArrayList<>()).add(r);
      }
    }
    List<String> order = new ArrayList<>(plan.sectors().stream().map(Sector::id).filter(bySector::containsKey).toList());
    bySector.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
    List<TallySector> sectors = new ArrayList<>();
    for (String sector : order) {
      List<IndicatorRow> mine = bySector.get(sector);
      Tallied t = tally(kind, goal(kind, target, mine), mine);
      sectors.add(new TallySector(sector, t.figure(), t.tally().rows()));
    }
    ShareCount.Tally t = overall.tally();
    return new TallyOutcome(overall.figure(), t.numerator(), t.denominator(), sectors, t.rows());
  }

  /** A share's or count's figure over some rows and the tally behind it. */
  private record Tallied(Figure figure, ShareCount.Tally tally) {}

  /** The share or count rule over {@code rows} (up to P), judged against {@code goal}. */
  private Tallied tally(IndicatorKind kind, Goal goal, List<IndicatorRow> rows) {
    ProgressSettings settings = plan.progress();
    Period cut = goal.cutOff(period);
    ShareCount.Tally t = ShareCount.compute(kind, ShareCount.latest(rows, cut, answersFor));
    Coverage coverage = ShareCount.coverage(kind, t.rows(), cut, settings.maxDataAge(), settings.coverage().minCurrent(),
        answersFor);
    List<Observation> series = Goal.seriesUsed(period, goal.baselineYear(), goal.targetYear())
        ? ShareCount.series(kind, rows, goal.baselineYear(), period, answersFor) : List.of();
    Evidence evidence = new Evidence(t.asOf(), t.value(), VerdictReason.NO_ROWS, coverage, series);
    return new Tallied(new Figure(t.asOf(), t.value(), Assessor.assess(goal, settings, period, evidence)), t);
  }

  private Goal goal(IndicatorKind kind, Target target, List<IndicatorRow> rows) {
    return Goal.of(kind, target, ShareCount.baseline(kind, target.baselineValue(), rows, target.baseline(), answersFor));
  }

  private TaskShareOutcome taskShare(Indicator indicator, Target target) {
    List<Task> tasks = indicator.tasks().stream().map(plan::task).flatMap(java.util.Optional::stream).toList();
    List<TaskRow> rows = data.tasks().stream().filter(r -> !r.period().end().isAfter(period.end())).toList();
    ProgressSettings settings = plan.progress();
    Goal goal = Goal.of(IndicatorKind.TASKS, target, TaskShare.baseline(plan, target.baselineValue(), tasks, rows, target.baseline()));
    Period cut = goal.cutOff(period);
    TaskShare.Tally t = TaskShare.at(plan, tasks, rows, cut);
    Coverage coverage = TaskShare.coverage(t, tasks.size(), cut, settings.maxDataAge(), settings.coverage().minCurrent());
    Evidence evidence = new Evidence(t.asOf(), t.value(), VerdictReason.NO_ROWS, coverage,
        TaskShare.series(plan, tasks, rows, goal.baselineYear(), period));
    // A share of a few named tasks moves a whole task at a time: a line through its steps forecasts nothing.
    Assessment assessment = Assessor.assess(goal, settings, period, evidence).withoutForecast();
    Figure figure = new Figure(t.asOf(), t.value(), assessment);
    return new TaskShareOutcome(figure, t.value() == null ? null : t.delivered(), tasks, t.latest());
  }

  private OutputProgress output(TaskOutput output) {
    Task task = plan.task(output.taskId()).orElseThrow();
    List<IndicatorRow> rows = rowsUpToP(output.id());
    Goal goal = Goal.count(task.period().from() - 1, task.period().to(), output.target(), null,
        new Baseline(BigDecimal.ZERO, BaselineSource.ZERO));
    Tallied t = tally(IndicatorKind.COUNT, goal, rows);
    return new OutputProgress(output, task, goal, t.figure(), t.tally().rows());
  }

  private GroupSummary group(TaskGroup group, List<TaskProgress> tasks) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Status s : List.of(Status.DONE, Status.ONGOING, Status.IN_PROGRESS, Status.DELAYED, Status.NOT_STARTED)) {
      counts.put(s.id(), 0);
    }
    counts.put("no-report", 0);
    tasks.stream().filter(t -> t.task().groupId().equals(group.id())).forEach(t -> {
      String key = t.status() == null ? "no-report" : t.status().id();
      counts.merge(key, 1, Integer::sum);
    });
    return new GroupSummary(group, group.tasks().size(), counts);
  }

  private String sectorId(String written) {
    String key = Fold.key(written);
    return plan.sectors().stream().map(Sector::id).filter(id -> Fold.key(id).equals(key)).findFirst()
        .orElse(Fold.nfc(written.strip()));
  }
}
