package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.plan.Target;
import sctb.core.register.Register;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.RowSink;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;

/**
 * Takes accepted rows one at a time and keeps only those the engine's rules can use for period P
 * and the previous report's period, so that memory grows with establishments, not with rows;
 * {@link #finish} then runs the one {@link ProgressEngine} over what was kept. What is kept gives the
 * same report as all the rows:
 * <ul>
 *   <li>reduction (per indicator and sector key, {@link ReductionRows}): per establishment the
 *       figures and places of its rows for the baseline year B and its halves, at its latest period
 *       after B and not after P, and at its latest up to the previous period — the rule reads B and C
 *       only, and C is the latest such period of the sector — in compact arrays, not as rows; when
 *       the report uses the figure's series ({@link Goal#seriesUsed}), at every period after B; and
 *       once the other phase's target year is over, for its final verdict ({@link PhaseTargets#closed}),
 *       from that target's B: the latest up to the end of its year and at every period after it;</li>
 *   <li>share, count, task output (per agency answered for, sector and entity as matched — finer than every
 *       grouping the rules use; {@link ShareTable}, columns, not rows): the rows at the latest period end
 *       up to P, up to the previous period, up to the end of B, and the earliest — the rules take the
 *       latest row up to P, up to the previous period, up to B, or up to the first period; when the
 *       report uses the figure's series or gives the other phase's final verdict, every row;</li>
 *   <li>task rows: all (a few per task and period);</li>
 *   <li>every correction, with its rows where they were kept ({@link RowSink#correction}): a corrected
 *       row is replaced where it is kept, whatever the order of files;</li>
 *   <li>per agency, its indicator rows of P and of its previous half-year ({@link IndicatorDuties});</li>
 *   <li>per file, whether it holds a row up to P, and how many of its rows were rejected (which
 *       diagnostics and rejected rows concern the report, {@link FileScope}).</li>
 * </ul>
 * Strings that repeat (agency, indicator, sector, unit) are shared. {@link #restart} forgets all of it.
 */
public final class ProgressAccumulator implements RowSink {
  private final Plan plan;
  private final Period period;
  private final Register register;
  private final LocalDate previousEnd;
  /** Per reduction indicator: its target's baseline year, and whether the report uses the series. */
  private final Map<String, Integer> reductionBaseline = new HashMap<>();
  private final Map<String, Boolean> reductionHistory = new HashMap<>();
  /** Per reduction indicator whose other phase's target year is over ({@link PhaseTargets#closed}): that target. */
  private final Map<String, Target> closedTargets = new HashMap<>();
  /** Per share, count and task output id: the end of its baseline year, and whether the report uses the series. */
  private final Map<String, LocalDate> baselineEnds = new HashMap<>();
  private final Map<String, Boolean> keepsEveryRow = new HashMap<>();
  /** Per reduction indicator and sector key; for the other phase's final verdict, the same with its baseline year. */
  private final Map<String, Map<String, ReductionRows>> reductions = new HashMap<>();
  private final Map<String, Map<String, ReductionRows>> closedReductions = new HashMap<>();
  /**
   * Per reduction indicator with a final verdict, which of its rows up to that target's year may have come after the
   * report at the end of that year was due (by their own date or path: a correction's first submission is known at
   * the end), and those rows, for the engine to tell whether the verdict rests on them (methodology §7).
   */
  private final Map<String, LateFirstRows> mayBeLate = new HashMap<>();
  private final Map<String, List<LateCandidate>> lateReductionRows = new HashMap<>();
  private LocationTable places = new LocationTable();
  /** Per share, count and task output id, its rows ({@link ShareTable}). */
  private final Map<String, ShareTable> shares = new HashMap<>();
  private final List<TaskRow> tasks = new ArrayList<>();
  private final List<Correction> corrections = new ArrayList<>();
  /** The correction whose newer row is handed over next, to take the older one's place. */
  private Correction pending;
  private final IndicatorDuties duties;
  /** The agency a row's writer answers for at P's due date. */
  private final java.util.function.UnaryOperator<String> answersFor;
  private final Map<String, Boolean> fileInScope = new TreeMap<>();
  private final Map<String, Integer> rejectedByFile = new HashMap<>();

  /** Without a register. */
  public ProgressAccumulator(Plan plan, Period period) {
    this(plan, period, Register.NONE);
  }

  public ProgressAccumulator(Plan plan, Period period, Register register) {
    this.plan = plan;
    this.period = period;
    this.register = register;
    this.previousEnd = period.previous().end();
    LocalDate due = plan.reporting().dueDate(period);
    Map<String, String> answers = new HashMap<>();
    this.answersFor = agency -> answers.computeIfAbsent(agency, a -> Successions.follow(plan, a, null, due));
    // A task output's row is owed by whoever carries its task (a split moves a task on its own: IX.5 to SGDDT).
    Map<String, String> taskOfOutput = plan.outputTasks();
    Map<String, String> byTask = new HashMap<>();
    java.util.function.BinaryOperator<String> rowAnswersFor = (agency, indicator) -> {
      String task = taskOfOutput.get(indicator);
      return task == null ? answersFor.apply(agency)
          : byTask.computeIfAbsent(agency + '\u0000' + task, k -> Successions.follow(plan, agency, task, due));
    };
    this.duties = new IndicatorDuties(period, rowAnswersFor, plan.indicators().stream()
        .filter(i -> sctb.core.plan.Retirements.retiredIn(plan, i, period)).map(Indicator::id)
        .collect(java.util.stream.Collectors.toSet()), IndicatorDuties.closedBefore(plan, register, period));
    for (Indicator i : plan.indicators()) {
      PhaseTargets targets = PhaseTargets.of(plan, i, period);
      Target t = targets.judged();
      if (t == null) {
        continue;
      }
      Target closed = targets.closed(period);
      boolean series = Goal.seriesUsed(period, t.baseline(), t.year());
      if (i.kind() == IndicatorKind.REDUCTION) {
        reductionBaseline.put(i.id(), t.baseline());
        reductionHistory.put(i.id(), series);
        if (closed != null) {
          closedTargets.put(i.id(), closed);
          Period published = Period.half(closed.year(), 2);
          mayBeLate.put(i.id(), new LateFirstRows(new FirstSubmissions(List.of()), published,
              plan.reporting().onTimeUntil(published)));
        }
      } else {
        baselineEnds.put(i.id(), Period.year(t.baseline()).end());
        // A final verdict on the other phase's target reads the rows up to its year and every later one (achieved late).
        keepsEveryRow.put(i.id(), series || closed != null);
      }
    }
    // A task output is judged as a count over its task's years (ProgressEngine).
    plan.tasks().forEach(task -> task.outputs().forEach(o -> {
      int baseline = task.period().from() - 1;
      baselineEnds.put(o.id(), Period.year(baseline).end());
      keepsEveryRow.put(o.id(), Goal.seriesUsed(period, baseline, task.period().to()));
    }));
  }

  @Override
  public void task(TaskRow row) {
    seen(row.at().file(), row.period());
    Correction c = taking(row.at());
    if (c != null) {
      TaskRow older = tasks.stream().filter(t -> t.at().equals(c.older().at())).findFirst().orElse(null);
      tasks.remove(older);
      corrections.add(c.withOlder(c.older().withRow(older)).withNewer(c.newer().withRow(row)));
    }
    tasks.add(row);
  }

  @Override
  public void indicator(IndicatorRow row) {
    seen(row.at().file(), row.period());
    Correction c = taking(row.at());
    duties.add(row);
    LocalDate end = row.period().end();
    if (end.isAfter(period.end())) {
      if (c != null) {
        corrections.add(c.withNewer(c.newer().withRow(row)));
      }
      return; // no rule looks past P
    }
    String indicator = row.indicator();
    Integer baseline = reductionBaseline.get(indicator);
    IndicatorRow older = null;
    if (baseline != null) {
      ReductionRows rows = reductions.computeIfAbsent(indicator, k -> new HashMap<>())
          .computeIfAbsent(sectorKey(row.sector()),
              k -> new ReductionRows(baseline, reductionHistory.get(indicator), previousEnd, places));
      Target closed = closedTargets.get(indicator);
      ReductionRows closedRows = closed == null ? null : closedReductions.computeIfAbsent(indicator, k -> new HashMap<>())
          .computeIfAbsent(sectorKey(row.sector()), k -> ReductionRows.finalVerdict(closed.baseline(), closed.year(), rows, period));
      if (closed != null && mayBeLate.get(indicator).of(row) != null) {
        lateReductionRows.computeIfAbsent(indicator, k -> new ArrayList<>()).add(LateCandidate.of(row));
      }
      // A final verdict's rows read some of the judged rows' (ReductionRows.finalVerdict): a row goes
      // to the judged ones first, a correction to the final verdict's first.
      if (c == null) {
        rows.add(row);
        if (closedRows != null) {
          closedRows.add(row);
        }
      } else {
        BigDecimal[] closedWas = closedRows == null ? null : closedRows.replace(row, c.older().at());
        BigDecimal[] was = rows.replace(row, c.older().at());
        // A row only the final verdict keeps (the other phase's baseline year, 2020 in a 2026 report): its figures
        // from there, so that the correction lists them and the published final verdict can be recomputed.
        older = withValues(row, c.older(), was != null ? was : closedWas);
      }
    } else {
      ShareTable rows = shares.computeIfAbsent(indicator, id -> new ShareTable(places,
          Boolean.TRUE.equals(keepsEveryRow.get(id)), baselineEnds.get(id), previousEnd));
      String answered = answersFor.apply(row.agency());
      older = c == null ? null : rows.replace(row, answered, c.older().at());
      if (c == null || older == null) {
        rows.add(row, answered);
      }
    }
    if (c != null) {
      corrections.add(c.withOlder(c.older().withRow(older)).withNewer(c.newer().withRow(row)));
    }
  }

  /**
   * A correction. When its older row was handed over, its newer one is next and takes that one's
   * place ({@link #task}, {@link #indicator}); otherwise the newer one was handed over before and
   * stays, and the correction is kept with the rows known.
   */
  @Override
  public void correction(Correction c) {
    if (!c.older().known()) {
      pending = c;
      return;
    }
    Location at = c.newer().at();
    TaskRow t = tasks.stream().filter(r -> r.at().equals(at)).findFirst().orElse(null);
    IndicatorRow i = t != null ? null : keptIndicator(c.older().indicator(), at);
    corrections.add(c.withNewer(c.newer().withRow(t != null ? t : i)));
  }

  /** A correction already applied to the rows handed over (they are final): kept as it is. */
  void corrected(Correction c) {
    corrections.add(c);
  }

  /** The correction pending for the row at {@code at}, taken; null when none. */
  private Correction taking(Location at) {
    Correction c = pending;
    if (c == null || !c.newer().at().equals(at)) {
      return null;
    }
    pending = null;
    return c;
  }

  /** The kept row at {@code at} of the same indicator and entity as {@code like} (a reduction row rebuilt from its figures). */
  private IndicatorRow keptIndicator(IndicatorRow like, Location at) {
    if (like == null) {
      return null;
    }
    if (reductionBaseline.containsKey(like.indicator())) {
      ReductionRows rows = reductions.getOrDefault(like.indicator(), Map.of()).get(sectorKey(like.sector()));
      BigDecimal[] v = rows == null ? null : rows.valuesAt(like.entityKey(), at);
      return v == null ? null : withValues(like, new Correction.Side(at, null, null, null), v);
    }
    ShareTable rows = shares.get(like.indicator());
    return rows == null ? null : rows.kept(like, answersFor.apply(like.agency()), at);
  }

  /** {@code like}'s row with the place of {@code side} and the figures {consumption, output} (null: none). */
  private static IndicatorRow withValues(IndicatorRow like, Correction.Side side, BigDecimal[] v) {
    if (v == null) {
      return null;
    }
    return new IndicatorRow(side.at(), like.period(), like.agency(), like.indicator(), like.sector(), like.entity(), v[0],
        v[1], like.unit(), "", like.entityId(), side.submittedOn(), like.entityKey());
  }

  @Override
  public void restart() {
    reductions.clear();
    closedReductions.clear();
    lateReductionRows.clear();
    places = new LocationTable(); // a report already finished keeps the old one
    shares.clear();
    tasks.clear();
    corrections.clear();
    pending = null;
    duties.clear();
    fileInScope.clear();
    rejectedByFile.clear();
  }

  @Override
  public void rejected(String file, int rows) {
    rejectedByFile.merge(file, rows, Integer::sum);
  }

  /**
   * The report over what was kept; {@code files}, {@code diagnostics} and {@code rejected} (every
   * rejected row) as read. The report counts the rejected rows of the files it concerns when the reader
   * said which file each was in ({@link #rejected(String, int)}), else all of them.
   * What was kept is handed to the engine and forgotten here (as by {@link #restart}), so that the
   * engine can free each sector's rows as soon as its panel is built.
   */
  public ProgressReport finish(List<String> files, List<Diagnostic> diagnostics, int rejected) {
    List<IndicatorRow> kept = List.of();
    // The duties read only their own fingerprints, the plan and the register: worked out while the share
    // tables freeze.
    Beside<Map<String, IndicatorDuty>> dutiesBeside = Beside.start("sctb-duties", () -> duties.duties(plan));
    Map<String, ShareRows> shareRows = new HashMap<>();
    shares.forEach((id, table) -> shareRows.put(id, table.freeze()));
    Submissions data = new Submissions(files, tasks, kept, diagnostics, rejected, corrections);
    Map<String, Map<String, ReductionRows>> reductionRows = new HashMap<>(reductions);
    Map<String, Map<String, ReductionRows>> closedRows = new HashMap<>(closedReductions);
    closedRows.values().forEach(bySector -> bySector.values().forEach(ReductionRows::forgetPartner));
    Map<String, Boolean> inScope = new TreeMap<>(fileInScope);
    if (!rejectedByFile.isEmpty()) {
      FileScope scope = new FileScope(period, inScope);
      int concerned = rejectedByFile.entrySet().stream().filter(e -> scope.contains(e.getKey()))
          .mapToInt(Map.Entry::getValue).sum();
      data = new Submissions(files, tasks, kept, diagnostics, concerned, corrections);
    }
    Map<String, IndicatorDuty> indicatorDuties = MissingRowNames.named(plan, dutiesBeside.join(), duties.missing(),
        duties.missingFromPlan(), shares, reductionRows);
    Set<Location> replaced = corrections.stream().map(c -> c.older().at()).collect(Collectors.toSet());
    Map<String, List<LateCandidate>> late = new HashMap<>();
    lateReductionRows.forEach((id, rows) -> late.put(id, rows.stream().filter(r -> !replaced.contains(r.at())).toList()));
    restart();
    return ProgressEngine.compute(plan, register, data, period, inScope, reductionRows, closedRows, shareRows,
        indicatorDuties, late);
  }

  private void seen(String file, Period p) {
    fileInScope.merge(String.valueOf(file), !p.end().isAfter(period.end()), Boolean::logicalOr);
  }

  private final Map<String, String> sectorKeys = new HashMap<>();

  private String sectorKey(String sector) {
    return sectorKeys.computeIfAbsent(sector, Fold::key);
  }
}
