package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Diagnostics;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.period.ReportStanding;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.ProgressSettings;
import sctb.core.plan.Retirements;
import sctb.core.plan.Sector;
import sctb.core.plan.Successions;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.plan.TaskOutput;
import sctb.core.register.Register;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;

/**
 * The indicator engine: plan + register + accepted rows + period → {@link ProgressReport}. Pure: no
 * clock, no I/O; the result depends only on its arguments, never on the order of rows or files. The
 * rules are in docs/methodology.md; each lives in one class (ReductionPanel, ShareCount, TaskShare,
 * TaskStatuses, ReportingCheck, Assessor, SectorBasedJudgment, PooledReduction, TrendForecast,
 * DataAge, ThresholdDisplay, Restatements). Every figure is computed for P and, with the same rule and
 * target, for the previous report's period, which gives what changed since ({@link Changes}).
 */
public final class ProgressEngine {
  private final Plan plan;
  private final Register register;
  private final Submissions data;
  private final Period period;
  private final Period previous;
  private final boolean samePhase;
  private final Map<String, Boolean> fileInScope;
  /** Per reduction indicator and sector key, what the accumulator kept; each sector's freed once its panel is built. */
  private final Map<String, Map<String, ReductionRows>> reductions;
  /** The same from the other phase's baseline year, for its final verdict once its target year is over. */
  private final Map<String, Map<String, ReductionRows>> closedReductions;
  /** Per share, count and task output id, the rows the accumulator kept (all up to P). */
  private final Map<String, ShareRows> shares;
  private final Map<String, IndicatorDuty> duties;
  /** Per reduction indicator with a final verdict: its rows up to that year that may have come after it was published. */
  private final Map<String, List<LateCandidate>> lateReductionRows;
  private final List<Correction> corrections;
  private final Restatements restatements;
  private final List<Diagnostic> found = new ArrayList<>();
  private final List<FigureChange> changes = new ArrayList<>();
  private final Map<Period, Counting> countings = new HashMap<>();
  /** The share and count figures of the indicator or task output being computed. */
  private Tallies tallies = new Tallies();

  private ProgressEngine(Plan plan, Register register, Submissions data, Period period, Map<String, Boolean> fileInScope,
      Map<String, Map<String, ReductionRows>> reductions, Map<String, Map<String, ReductionRows>> closedReductions,
      Map<String, ShareRows> shares, Map<String, IndicatorDuty> duties, Map<String, List<LateCandidate>> lateReductionRows) {
    this.plan = plan;
    this.register = register;
    this.data = data;
    this.period = period;
    this.previous = period.previous();
    this.samePhase = phaseFor(plan, period).id().equals(phaseFor(plan, previous).id());
    this.fileInScope = fileInScope;
    this.reductions = reductions;
    this.closedReductions = closedReductions;
    this.shares = shares;
    this.duties = duties;
    this.lateReductionRows = lateReductionRows;
    this.corrections = data.corrections().stream()
        .sorted(Comparator.comparing(Correction::period).thenComparing(c -> c.newer().at(), Sources.LOCATION)).toList();
    this.restatements = new Restatements(corrections, plan.reporting().onTimeUntil(previous));
  }

  /** The whole report for {@code period} without a register: every row whose period ends on or before its end is in scope. */
  public static ProgressReport compute(Plan plan, Submissions submissions, Period period) {
    return compute(plan, Register.NONE, submissions, period);
  }

  /** The whole report for {@code period}, entities matched and counted by {@code register}. */
  public static ProgressReport compute(Plan plan, Register register, Submissions submissions, Period period) {
    // The same path as a streamed read: through the accumulator, so both keep the same rows.
    ProgressAccumulator acc = new ProgressAccumulator(plan, period, register);
    submissions.tasks().forEach(acc::task);
    submissions.indicators().forEach(acc::indicator);
    submissions.corrections().forEach(acc::corrected);
    return acc.finish(submissions.files(), submissions.diagnostics(), submissions.rejectedRows());
  }

  /**
   * The report over what {@link ProgressAccumulator} kept: the task rows in {@code kept}, the rows of
   * share, count and task output indicators in {@code shares}, the reduction rows per indicator and sector key in {@code reductions} (emptied as
   * the sectors are computed) and in {@code closedReductions} (from the other phase's baseline year,
   * for its final verdict), with which files hold rows up to P, each agency's indicator duty and, per reduction
   * indicator with a final verdict, its rows up to that year sent after it may have been published.
   */
  static ProgressReport compute(Plan plan, Register register, Submissions kept, Period period,
      Map<String, Boolean> fileInScope, Map<String, Map<String, ReductionRows>> reductions,
      Map<String, Map<String, ReductionRows>> closedReductions, Map<String, ShareRows> shares,
      Map<String, IndicatorDuty> duties, Map<String, List<LateCandidate>> lateReductionRows) {
    return new ProgressEngine(plan, register, kept, period, fileInScope, reductions, closedReductions, shares, duties,
        lateReductionRows).run();
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
      if (!Retirements.retiredIn(plan, indicator, period)) { // a retired one is named in the report, not judged
        indicators.add(indicator(indicator));
      }
    }
    List<OutputProgress> outputs = plan.outputs().values().stream().map(this::output).toList();
    List<GroupSummary> groups = plan.groups().stream().map(g -> group(g, tasks)).toList();
    ReportingStatus reporting = ReportingCheck.compute(plan, data.tasks(), period, corrections, duties);
    Diagnostics sorted = new Diagnostics();
    sorted.addAll(inScope(data.diagnostics(), new FileScope(period, fileInScope)));
    sorted.addAll(found);
    DataQuality quality = new DataQuality(data.files().size(), sorted.sorted(), data.rejectedRows());
    List<TaskChange> taskChanges = tasks.stream().map(this::taskChange).toList();
    List<Correction> upToP = corrections.stream().filter(c -> !c.period().end().isAfter(period.end())).toList();
    return new ProgressReport(plan, period, phase, other, indicators, outputs, groups, tasks, reporting, quality, upToP,
        new Changes(previous, samePhase, changes, taskChanges), ReportStanding.FINAL);
  }

  /** The diagnostics about the data this report can use: those on the files it concerns ({@link FileScope}). */
  static List<Diagnostic> inScope(List<Diagnostic> diagnostics, FileScope scope) {
    return diagnostics.stream().filter(d -> scope.contains(String.valueOf(d.location().file()))).toList();
  }

  /**
   * What the counting rules need for the report of {@code report}: agencies as they answer at its due
   * date. One instance per report, by which {@link Tallies} knows the figures already worked out.
   */
  private Counting counting(Period report) {
    return countings.computeIfAbsent(report, r -> {
      LocalDate due = plan.reporting().dueDate(r);
      UnaryOperator<String> answersFor = agency -> Successions.follow(plan, agency, null, due);
      return new Counting(answersFor, plan.progress().maxDataAge(), register);
    });
  }

  private IndicatorProgress indicator(Indicator indicator) {
    tallies = new Tallies();
    PhaseTargets targets = PhaseTargets.of(plan, indicator, period);
    Target target = targets.judged();
    if (target == null) {
      Assessment none = Assessment.unjudged(Baseline.NONE, Verdict.NO_DATA, VerdictReason.NO_TARGET, null, false,
          Coverage.NONE);
      return new IndicatorProgress(indicator, null, null, new Untargeted(new Figure(null, null, none)), null);
    }
    // The other phase's verdict first: its rows are freed before the judged target's panels are built.
    Target closed = targets.closed(period);
    OtherPhaseVerdict otherPhase = closed == null ? null : otherPhaseVerdict(indicator, closed);
    Outcome outcome = switch (indicator.kind()) {
      case REDUCTION -> reduction(indicator, target, reductions.remove(indicator.id()));
      case SHARE, COUNT -> shareOrCount(indicator, target, rowsUpToP(indicator.id()));
      case TASKS -> taskShare(indicator, target);
    };
    return new IndicatorProgress(indicator, target, targets.other(), outcome, otherPhase);
  }

  /**
   * The final verdict on the other phase's target, its year over: the rules that judged it in the
   * report at the end of that year, over the same rows (so it reads the same, with achieved late from
   * the later data); nothing of it counts as a change since the previous report. A reduction sector's
   * panel is summed, not listed: only its figure is shown.
   */
  private OtherPhaseVerdict otherPhaseVerdict(Indicator indicator, Target target) {
    ProgressSettings settings = plan.progress();
    Restatements since = sinceFinal(target);
    return switch (indicator.kind()) {
      case REDUCTION -> {
        Map<String, ReductionRows> bySector = closedReductions.remove(indicator.id());
        Goal goal = reductionGoal(target);
        List<String> sectorIds = target.sectors();
        ReductionRows[] rowsOf = sectorRows(sectorIds, bySector);
        List<Set<String>> watched = sectorIds.stream().map(id -> since.watched(indicator.id(), id)).toList();
        List<SectorPanels> panels = OnTwoCores.each("sctb-sectors", sizes(rowsOf), i -> {
          ReductionRows rows = rowsOf[i];
          rowsOf[i] = null;
          return new SectorPanels(ReductionPanel.sums(rows, goal.cutOff(period), outlierFactor(), watched.get(i)),
              ReductionPanel.series(rows, period, outlierFactor()), null);
        });
        List<ReductionSector> sectors = new ArrayList<>();
        List<ReductionSector> published = new ArrayList<>();
        List<FinalRevision> revisions = new ArrayList<>();
        for (int i = 0; i < sectorIds.size(); i++) {
          ReductionSector s = reductionSector(sectorIds.get(i), goal, panels.get(i).now(), period, panels.get(i).series(),
              false);
          Restatement r = since.ofPanel(panels.get(i).now(), goal.baselineYear(), indicator.id(), sectorIds.get(i));
          List<LateSubmission> late = since.lateIn(lateReductionRows.getOrDefault(indicator.id(), List.of()),
              sectorIds.get(i), goal.baselineYear(), s.figure().asOf());
          if (!late.isEmpty()) {
            // A late row of the panel's years changes who is in it, or its period C: the published figure is not recomputed.
            r = new Restatement(null, r == null ? List.of() : r.corrections(), late);
          }
          Figure then = r == null ? s.figure() : asPublished(goal, s.figure(), r);
          if (r != null) {
            revisions.add(new FinalRevision(s.sector(), r, then == null ? null : then.assessment().status()));
          }
          sectors.add(s);
          published.add(new ReductionSector(s.sector(), then == null ? s.figure() : then, null));
        }
        Figure overall = reductionOverall(goal, settings, period, sectors).figure();
        if (!revisions.isEmpty()) {
          // The overall verdict as published: the sectors' published figures judged together (the pooled value is
          // context only); unknown when one sector's is.
          boolean known = revisions.stream().allMatch(r -> r.published() != null);
          Verdict then = known ? reductionOverall(goal, settings, period, published).figure().assessment().status() : null;
          List<LateSubmission> late = revisions.stream().flatMap(r -> r.restatement().late().stream()).toList();
          revisions.add(0, new FinalRevision(null, new Restatement(null, since.ofIndicator(indicator.id()), late), then));
        }
        yield new OtherPhaseVerdict(target, overall,
            sectors.stream().map(s -> new ReductionSector(s.sector(), s.figure(), null)).toList(), revisions);
      }
      case SHARE, COUNT -> {
        List<IndicatorRow> rows = rowsUpToP(indicator.id());
        Goal goal = goal(indicator.kind(), target, rows);
        Tallied t = tally(indicator.kind(), goal, rows, period);
        Restatement r = since.ofRows(t.tally().rows(), original -> tally(indicator.kind(), goal, original, period)
            .figure().value(), rows);
        yield new OtherPhaseVerdict(target, t.figure(), List.of(), revision(goal, t.figure(), r));
      }
      case TASKS -> {
        List<Task> tasks = namedTasks(indicator);
        List<TaskRow> rows = taskRowsUpToP();
        Goal goal = taskGoal(target, tasks, rows);
        TaskShareOutcome now = taskShareAt(goal, tasks, rows, period);
        Restatement r = since.ofTasks(now.statuses(), original -> taskShareAt(goal, tasks, original, period)
            .figure().value(), rows);
        yield new OtherPhaseVerdict(target, now.figure(), List.of(), revision(goal, now.figure(), r));
      }
    };
  }

  /**
   * The corrections that can revise the final verdict on {@code target}: those sent after the report at
   * the end of its year was due (its second half; a whole year is due with it), which published it; and
   * the rows first sent after then, which it went without.
   */
  private Restatements sinceFinal(Target target) {
    Period published = Period.half(target.year(), 2);
    LocalDate due = plan.reporting().onTimeUntil(published);
    return new Restatements(corrections, due, new LateFirstRows(new FirstSubmissions(corrections), published, due));
  }

  /** A single figure's revision (none when no correction since touched it). */
  private List<FinalRevision> revision(Goal goal, Figure now, Restatement r) {
    if (r == null) {
      return List.of();
    }
    Figure then = asPublished(goal, now, r);
    return List.of(new FinalRevision(null, r, then == null ? null : then.assessment().status()));
  }

  /** The figure as published: its value before the corrections, judged by the same rules on the same basis; null when unknown. */
  private Figure asPublished(Goal goal, Figure now, Restatement r) {
    if (r.published() == null) {
      return null;
    }
    Evidence evidence = new Evidence(now.asOf(), r.published(), null, now.assessment().coverage(), List.of());
    return new Figure(now.asOf(), r.published(), Assessor.assess(goal, plan.progress(), period, evidence));
  }

  /** The rows of an indicator or task output up to P, in the one order of rows. */
  private List<IndicatorRow> rowsUpToP(String id) {
    return shares.getOrDefault(id, ShareRows.NONE);
  }

  /** Records how a figure changed since the previous report. */
  private void change(String id, String sector, Figure now, Figure before, Restatement restated) {
    change(id, sector, now, before, restated, true);
  }

  /** The same; {@code comparable} false: the two values are not of the same thing, so no difference is given. */
  private void change(String id, String sector, Figure now, Figure before, Restatement restated, boolean comparable) {
    BigDecimal difference = !comparable || now.value() == null || before == null || before.value() == null ? null
        : now.value().subtract(before.value());
    changes.add(new FigureChange(id, sector, new Change(previous, before, samePhase, difference, restated)));
  }

  /** {@code bySector}: the indicator's rows per sector key (null: none), each removed once its sector is computed. */
  private ReductionOutcome reduction(Indicator indicator, Target target, Map<String, ReductionRows> bySector) {
    Goal goal = reductionGoal(target);
    ProgressSettings settings = plan.progress();
    List<ReductionSector> sectors = new ArrayList<>();
    List<ReductionSector> before = new ArrayList<>();
    boolean anyRestated = false;
    List<String> sectorIds = target.sectors();
    ReductionRows[] rowsOf = sectorRows(sectorIds, bySector);
    List<Set<String>> watched = sectorIds.stream().map(id -> restatements.watched(indicator.id(), id)).toList();
    long[] kept = sizes(rowsOf);
    // The sectors' panels on both cores (2.02 M rows: 66 of the serial end's 146 main-thread samples).
    List<SectorPanels> panels = OnTwoCores.each("sctb-sectors", sizes(rowsOf), i -> {
      ReductionRows rows = rowsOf[i];
      rowsOf[i] = null; // freed once its panels are built (each piece its own slot)
      // The previous report's figure: the panel's sums only, and which corrected establishments it holds.
      return new SectorPanels(ReductionPanel.compute(rows, goal.cutOff(period), register, outlierFactor()),
          ReductionPanel.series(rows, period, outlierFactor()),
          ReductionPanel.sums(rows, goal.cutOff(previous), outlierFactor(), watched.get(i)));
    });
    for (int i = 0; i < sectorIds.size(); i++) {
      String sectorId = sectorIds.get(i);
      SectorPanels p = panels.get(i);
      ReductionSector now = reductionSector(sectorId, goal, p.now(), period, p.series(), kept[i] > 0);
      ReductionPanel.Result earlier = p.earlier();
      ReductionSector then = reductionSector(sectorId, goal, earlier, previous, List.of(), false);
      Restatement restated = restatements.ofPanel(earlier, goal.baselineYear(), indicator.id(), sectorId);
      anyRestated |= restated != null;
      change(indicator.id(), sectorId, now.figure(), then.figure(), restated);
      sectors.add(now);
      before.add(then);
    }
    ReductionOutcome outcome = reductionOverall(goal, settings, period, sectors);
    ReductionOutcome previousOutcome = reductionOverall(goal, settings, previous, before);
    // The pooled figure over other sectors than before (steel alone, then cement and beer) is not a change of it.
    change(indicator.id(), null, outcome.figure(), previousOutcome.figure(),
        anyRestated ? new Restatement(null, restatements.ofIndicator(indicator.id())) : null,
        outcome.pooled().included().equals(previousOutcome.pooled().included()));
    return outcome;
  }

  /** A sector's panel at P, its series, and its panel's sums in the previous report (null: not asked). */
  private record SectorPanels(ReductionPanel.Result now, List<Observation> series, ReductionPanel.Result earlier) {}

  /**
   * Each named sector's rows (null: none), taken out of {@code bySector} so that each is freed once its
   * panels are built; a sector named twice has its rows in both places.
   */
  private static ReductionRows[] sectorRows(List<String> sectorIds, Map<String, ReductionRows> bySector) {
    ReductionRows[] rows = new ReductionRows[sectorIds.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = bySector == null ? null : bySector.get(Fold.key(sectorIds.get(i)));
    }
    if (bySector != null) {
      sectorIds.forEach(id -> bySector.remove(Fold.key(id)));
    }
    return rows;
  }

  /** The sectors' establishments: the rough cost of each one's panels. */
  private static long[] sizes(ReductionRows[] rows) {
    long[] sizes = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sizes[i] = rows[i] == null ? 0 : rows[i].size();
    }
    return sizes;
  }

  /**
   * One sector's figure in the report of {@code report}, from its panel {@code r}; {@code baselineRows}: the
   * sector has rows up to P though none after the baseline year (a 2026H1 report with the 2025 rows only), which
   * is not "nothing reported".
   */
  private ReductionSector reductionSector(String sectorId, Goal goal, ReductionPanel.Result r, Period report,
      List<Observation> series, boolean baselineRows) {
    ProgressSettings settings = plan.progress();
    Coverage coverage = r.detail() == null ? Coverage.NONE
        : ReductionPanel.coverage(r.detail(), settings.coverage().minPanelOutput());
    VerdictReason missing = r.asOf() != null ? VerdictReason.EMPTY_PANEL
        : baselineRows ? VerdictReason.BASELINE_YEAR_ONLY : VerdictReason.NO_ROWS;
    Evidence evidence = new Evidence(r.asOf(), r.value(), missing, coverage, series);
    return new ReductionSector(sectorId, new Figure(r.asOf(), r.value(), Assessor.assess(goal, settings, report, evidence)),
        r.detail());
  }

  private static Goal reductionGoal(Target target) {
    return Goal.of(IndicatorKind.REDUCTION, target, Baseline.declaredOrZero(target.baselineValue()));
  }

  /** The overall figure of a target set per sector in the report of {@code report}: judged by its sectors, pooled as context. */
  /** The factor beyond which an establishment's change of intensity since B is not believed (ExclusionReason.IMPLAUSIBLE_CHANGE). */
  private BigDecimal outlierFactor() {
    return BigDecimal.valueOf(plan.progress().outlierFactor());
  }

  private ReductionOutcome reductionOverall(Goal goal, ProgressSettings settings, Period report,
      List<ReductionSector> sectors) {
    Period asOf = null;
    for (ReductionSector s : sectors) {
      Figure f = s.figure();
      if (f.value() != null && (asOf == null || f.asOf().compareTo(asOf) > 0)) {
        asOf = f.asOf();
      }
    }
    List<Figure> figures = sectors.stream().map(ReductionSector::figure).toList();
    Assessment overall = SectorBasedJudgment.judge(goal, settings, report, asOf, figures);
    PooledReduction pooled = PooledReduction.of(sectors, id -> plan.sector(id).map(Sector::commonUnitFactor).orElse(null));
    VerdictTally tally = VerdictTally.of(figures.stream().map(f -> f.assessment().status()).toList());
    List<Location> sources = LocationList.union(sectors.stream().map(ReductionSector::sources).toList());
    return new ReductionOutcome(new Figure(asOf, pooled.value(), overall), tally, pooled, sectors, sources);
  }

  private TallyOutcome shareOrCount(Indicator indicator, Target target, List<IndicatorRow> rows) {
    IndicatorKind kind = indicator.kind();
    Goal goal = goal(kind, target, rows);
    Tallied overall = tally(kind, goal, rows, period);
    figureChange(indicator.id(), null, kind, goal, rows, overall);
    // Per sector, for rows that name one; plan order, then any other spelling sorted.
    Map<String, ShareRows> bySector = ShareRows.of(rows).bySector(this::sectorId);
    List<String> order = new ArrayList<>(plan.sectors().stream().map(Sector::id).filter(bySector::containsKey).toList());
    bySector.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
    List<TallySector> sectors = new ArrayList<>();
    for (String sector : order) {
      List<IndicatorRow> mine = bySector.get(sector);
      Goal sectorGoal = goal(kind, target, mine);
      Tallied t = tally(kind, sectorGoal, mine, period);
      figureChange(indicator.id(), sector, kind, sectorGoal, mine, t);
      sectors.add(new TallySector(sector, t.figure(), t.tally().rows(), t.tally().leftOut()));
    }
    ShareCount.Tally t = overall.tally();
    Period cut = goal.cutOff(period);
    return new TallyOutcome(overall.figure(), t.numerator(), t.denominator(), sectors, t.rows(), t.leftOut(),
        population(indicator, cut, t), ShareCount.falls(kind, rows, t, cut, counting(period)));
  }

  /** The previous report's figure with the same rule, and what restates it. */
  private void figureChange(String id, String sector, IndicatorKind kind, Goal goal, List<IndicatorRow> rows, Tallied now) {
    Tallied then = tally(kind, goal, rows, previous);
    Restatement restated = restatements.ofRows(then.tally().rows(), original -> tally(kind, goal, original, previous)
        .figure().value(), rows);
    change(id, sector, now.figure(), then.figure(), restated);
  }

  /** A share's or count's figure over some rows and the tally behind it. */
  private record Tallied(Figure figure, ShareCount.Tally tally) {}

  /** The share or count rule over {@code rows} in the report of {@code report}, judged against {@code goal}. */
  private Tallied tally(IndicatorKind kind, Goal goal, List<IndicatorRow> rows, Period report) {
    ProgressSettings settings = plan.progress();
    Period cut = goal.cutOff(report);
    Counting counting = counting(report);
    ShareCount.Tally t = tallies.at(kind, rows, cut, counting);
    Coverage coverage = ShareCount.coverage(kind, t, cut, settings.maxDataAge(), settings.coverage().minCurrent(),
        counting.answersFor());
    List<Observation> series = report.equals(period) && Goal.seriesUsed(report, goal.baselineYear(), goal.targetYear())
        ? ShareCount.series(kind, rows, goal.baselineYear(), report, counting, tallies) : List.of();
    Period stale = ShareCount.latestStale(t);
    Period asOf = stale != null ? stale : t.asOf();
    Evidence evidence = new Evidence(asOf, t.value(), ShareCount.noValue(t), coverage, series);
    return new Tallied(new Figure(asOf, t.value(), Assessor.assess(goal, settings, report, evidence)), t);
  }

  private Goal goal(IndicatorKind kind, Target target, List<IndicatorRow> rows) {
    return Goal.of(kind, target, ShareCount.baseline(kind, target.baselineValue(), rows, target.baseline(), counting(period),
        tallies));
  }

  /**
   * A share of register entries against the register (docs/methodology.md §2.2): how many of the
   * indicator's kind the register holds open in {@code at} against Σ denominators reported; a
   * {@code register-denominator} warning when they differ. Null without a register or entries of that kind.
   */
  private PopulationCheck population(Indicator indicator, Period at, ShareCount.Tally t) {
    if (indicator.kind() != IndicatorKind.SHARE || indicator.registerKind() == null || !register.present()
        || t.denominator() == null) {
      return null;
    }
    int registered = register.openIn(at, indicator.registerKind(), null).size();
    if (registered == 0) {
      return null;
    }
    PopulationCheck check = new PopulationCheck(indicator.registerKind(), registered, t.denominator());
    if (!check.matches()) {
      // Where a count of entities is written by hand: an aggregate row's denominator, else the register itself.
      Location where = ShareRows.firstAggregate(t.rows()).map(IndicatorRow::at)
          .map(l -> Location.cell(l.file(), l.line(), 0, "denominator"))
          .orElse(Location.file(register.file()));
      found.add(Diagnostic.of(Code.REGISTER_DENOMINATOR, where, "", "indicator:" + indicator.id(),
          Integer.toString(registered), DecimalMath.clean(t.denominator()).toPlainString(), at.toString()));
    }
    return check;
  }

  private TaskShareOutcome taskShare(Indicator indicator, Target target) {
    List<Task> tasks = namedTasks(indicator);
    List<TaskRow> rows = taskRowsUpToP();
    Goal goal = taskGoal(target, tasks, rows);
    TaskShareOutcome now = taskShareAt(goal, tasks, rows, period);
    TaskShareOutcome then = taskShareAt(goal, tasks, rows, previous);
    Restatement restated = restatements.ofTasks(then.statuses(), original -> taskShareAt(goal, tasks, original, previous)
        .figure().value(), rows);
    change(indicator.id(), null, now.figure(), then.figure(), restated);
    return now;
  }

  private List<Task> namedTasks(Indicator indicator) {
    return indicator.tasks().stream().map(plan::task).flatMap(java.util.Optional::stream).toList();
  }

  private List<TaskRow> taskRowsUpToP() {
    return data.tasks().stream().filter(r -> !r.period().end().isAfter(period.end())).toList();
  }

  private Goal taskGoal(Target target, List<Task> tasks, List<TaskRow> rows) {
    return Goal.of(IndicatorKind.TASKS, target, TaskShare.baseline(plan, target.baselineValue(), tasks, rows, target.baseline()));
  }

  private TaskShareOutcome taskShareAt(Goal goal, List<Task> tasks, List<TaskRow> rows, Period report) {
    ProgressSettings settings = plan.progress();
    Period cut = goal.cutOff(report);
    TaskShare.Tally t = TaskShare.at(plan, tasks, rows, cut);
    Coverage coverage = TaskShare.coverage(t, tasks.size(), cut, settings.maxDataAge(), settings.coverage().minCurrent());
    List<Observation> series = report.equals(period)
        ? TaskShare.series(plan, tasks, rows, goal.baselineYear(), report) : List.of();
    Evidence evidence = new Evidence(t.asOf(), t.value(), VerdictReason.NO_ROWS, coverage, series);
    // A share of a few named tasks moves a whole task at a time: a line through its steps forecasts nothing.
    Assessment assessment = Assessor.assess(goal, settings, report, evidence).withoutForecast();
    Figure figure = new Figure(t.asOf(), t.value(), assessment);
    return new TaskShareOutcome(figure, t.value() == null ? null : t.delivered(), tasks, t.latest());
  }

  private OutputProgress output(TaskOutput output) {
    tallies = new Tallies();
    Task task = plan.task(output.taskId()).orElseThrow();
    List<IndicatorRow> rows = rowsUpToP(output.id());
    Goal goal = Goal.count(task.period().from() - 1, task.period().to(), output.target(), null,
        new Baseline(BigDecimal.ZERO, BaselineSource.ZERO));
    Tallied t = tally(IndicatorKind.COUNT, goal, rows, period);
    figureChange(output.id(), null, IndicatorKind.COUNT, goal, rows, t);
    return new OutputProgress(output, task, goal, t.figure(), t.tally().rows());
  }

  /** A task against the previous report: its latest row up to then, and a correction made since that replaced it. */
  private TaskChange taskChange(TaskProgress now) {
    TaskRow before = TaskStatuses.latestUpTo(plan, now.task(), data.tasks(), previous);
    List<Correction> by = before == null ? List.of() : restatements.replacing(before.at());
    Status published = by.isEmpty() || by.get(0).older().task() == null ? null : by.get(0).older().task().status();
    boolean changed = !Objects.equals(before == null ? null : before.status(), now.status());
    return new TaskChange(now.task().id(), before, now.status(), changed, published, by);
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
