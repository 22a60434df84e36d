package sctb.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.Target;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.RowSink;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;

/**
 * Takes accepted rows one at a time and keeps only those the engine's rules can use for period P,
 * so that memory grows with establishments, not with rows; {@link #finish} then runs the one
 * {@link ProgressEngine} over what was kept. What is kept gives the same report as all the rows:
 * <ul>
 *   <li>reduction (per indicator and sector key, {@link ReductionRows}): per establishment the
 *       figures and places of its rows for the baseline year B and its halves, and at its latest
 *       period after B and not after P — the rule reads B and C only, and C is the latest such
 *       period of the sector — in compact arrays, not as rows (~90 bytes and the name); when the
 *       report uses the figure's series ({@link Goal#seriesUsed}), at every period after B;</li>
 *   <li>share, count, task output (per agency, sector and entity as written — finer than every
 *       grouping the rules use): the rows at the latest period end up to P, up to the end of B, and
 *       the earliest — the rules take the latest row up to P, up to B, or up to the first period;
 *       when the report uses the figure's series, every row;</li>
 *   <li>task rows: all (a few per task and period);</li>
 *   <li>per file, whether it holds a row up to P (for which diagnostics concern the report).</li>
 * </ul>
 * Strings that repeat (agency, indicator, sector, unit) are shared. {@link #restart} forgets all of it.
 */
public final class ProgressAccumulator implements RowSink {
  private final Plan plan;
  private final Period period;
  /** Per reduction indicator: its target's baseline year, and whether the report uses the series. */
  private final Map<String, Integer> reductionBaseline = new HashMap<>();
  private final Map<String, Boolean> reductionHistory = new HashMap<>();
  /** Per share, count and task output id: the end of its baseline year, and whether the report uses the series. */
  private final Map<String, LocalDate> baselineEnds = new HashMap<>();
  private final Map<String, Boolean> keepsEveryRow = new HashMap<>();
  /** Per reduction indicator and sector key. */
  private final Map<String, Map<String, ReductionRows>> reductions = new HashMap<>();
  private LocationTable places = new LocationTable();
  private final Map<String, KeyRows> others = new HashMap<>();
  private final List<TaskRow> tasks = new ArrayList<>();
  private final Map<String, Boolean> fileInScope = new TreeMap<>();
  private final Map<String, String> shared = new HashMap<>();

  public ProgressAccumulator(Plan plan, Period period) {
    this.plan = plan;
    this.period = period;
    Phase phase = ProgressEngine.phaseFor(plan, period);
    Phase other = plan.info().phases().stream().filter(p -> !p.id().equals(phase.id())).findFirst().orElse(null);
    for (Indicator i : plan.indicators()) {
      // The same target choice as the engine: P's phase, else the other one.
      Target t = i.targetFor(phase.id()).orElse(other == null ? null : i.targetFor(other.id()).orElse(null));
      if (t == null) {
        continue;
      }
      boolean series = Goal.seriesUsed(period, t.baseline(), t.year());
      if (i.kind() == IndicatorKind.REDUCTION) {
        reductionBaseline.put(i.id(), t.baseline());
        reductionHistory.put(i.id(), series);
      } else {
        baselineEnds.put(i.id(), Period.year(t.baseline()).end());
        keepsEveryRow.put(i.id(), series);
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
    tasks.add(row);
    seen(row.at().file(), row.period());
  }

  @Override
  public void indicator(IndicatorRow row) {
    indicator(row, Fold.key(row.entity()));
  }

  @Override
  public void indicator(IndicatorRow row, String entityKey) {
    seen(row.at().file(), row.period());
    LocalDate end = row.period().end();
    if (end.isAfter(period.end())) {
      return; // no rule looks past P
    }
    String indicator = row.indicator();
    Integer baseline = reductionBaseline.get(indicator);
    if (baseline != null) {
      reductions.computeIfAbsent(indicator, k -> new HashMap<>())
          .computeIfAbsent(sectorKey(row.sector()), k -> new ReductionRows(baseline, reductionHistory.get(indicator), places))
          .add(row, entityKey);
    } else {
      IndicatorRow kept = compact(row);
      String key = indicator + "\u0000" + kept.agency() + "\u0000" + kept.sector() + "\u0000" + kept.entity();
      others.computeIfAbsent(key, k -> Boolean.TRUE.equals(keepsEveryRow.get(indicator)) ? new EveryRow()
          : new RowsAtThreeEnds(baselineEnds.get(indicator))).add(kept);
    }
  }

  @Override
  public void restart() {
    reductions.clear();
    places = new LocationTable(); // a report already finished keeps the old one
    others.clear();
    tasks.clear();
    fileInScope.clear();
  }

  /**
   * The report over what was kept; {@code files}, {@code diagnostics} and {@code rejected} as read.
   * What was kept is handed to the engine and forgotten here (as by {@link #restart}), so that the
   * engine can free each sector's rows as soon as its panel is built.
   */
  public ProgressReport finish(List<String> files, List<Diagnostic> diagnostics, int rejected) {
    List<IndicatorRow> kept = new ArrayList<>();
    others.values().forEach(l -> l.into(kept));
    kept.sort(Sources.INDICATOR_ROW);
    Submissions data = new Submissions(files, tasks, kept, diagnostics, rejected);
    Map<String, Map<String, ReductionRows>> reductionRows = new HashMap<>(reductions);
    Map<String, Boolean> inScope = new TreeMap<>(fileInScope);
    restart();
    return ProgressEngine.compute(plan, data, period, inScope, reductionRows);
  }

  private void seen(String file, Period p) {
    fileInScope.merge(String.valueOf(file), !p.end().isAfter(period.end()), Boolean::logicalOr);
  }

  private final Map<String, String> sectorKeys = new HashMap<>();

  private String sectorKey(String sector) {
    return sectorKeys.computeIfAbsent(sector, Fold::key);
  }

  /** Repeated strings shared. */
  private IndicatorRow compact(IndicatorRow r) {
    return new IndicatorRow(r.at(), r.period(), share(r.agency()), share(r.indicator()), share(r.sector()), r.entity(),
        r.numerator(), r.denominator(), share(r.unit()), r.note().isEmpty() ? "" : r.note());
  }

  private String share(String s) {
    return s == null ? null : shared.computeIfAbsent(s, k -> k);
  }

  /** What is kept of one share, count or task output key's rows. */
  private interface KeyRows {
    void add(IndicatorRow row);

    void into(List<IndicatorRow> out);
  }

  /** Every row, for a figure whose series the report uses. */
  private static final class EveryRow implements KeyRows {
    private final List<IndicatorRow> rows = new ArrayList<>(2);

    @Override
    public void add(IndicatorRow row) {
      rows.add(row);
    }

    @Override
    public void into(List<IndicatorRow> out) {
      out.addAll(rows);
    }
  }

  /** The rows at the latest end, at the latest end up to B (when the indicator has a baseline year), and at the earliest end. */
  private static final class RowsAtThreeEnds implements KeyRows {
    private final LocalDate baselineEnd;
    private SameEnd latest;
    private SameEnd atBaseline;
    private SameEnd first;

    RowsAtThreeEnds(LocalDate baselineEnd) {
      this.baselineEnd = baselineEnd;
    }

    @Override
    public void add(IndicatorRow row) {
      LocalDate end = row.period().end();
      latest = SameEnd.keep(latest, row, true);
      if (baselineEnd != null && !end.isAfter(baselineEnd)) {
        atBaseline = SameEnd.keep(atBaseline, row, true);
      }
      first = SameEnd.keep(first, row, false);
    }

    @Override
    public void into(List<IndicatorRow> out) {
      List<IndicatorRow> mine = new ArrayList<>();
      for (SameEnd kept : new SameEnd[] {latest, atBaseline, first}) {
        if (kept != null) {
          kept.into(mine);
        }
      }
      mine.stream().distinct().forEach(out::add);
    }
  }

  /** The rows of one key ending on one day: almost always one; a second is a duplicate the reader already flagged. */
  private static final class SameEnd {
    private final LocalDate end;
    private final IndicatorRow row;
    private List<IndicatorRow> more;

    private SameEnd(IndicatorRow row) {
      this.end = row.period().end();
      this.row = row;
    }

    /**
     * {@code kept} with {@code row} taken in: the row alone when it ends later ({@code later}) or
     * earlier (not {@code later}) than the kept ones, beside them when it ends the same day, else unchanged.
     */
    static SameEnd keep(SameEnd kept, IndicatorRow row, boolean later) {
      if (kept == null) {
        return new SameEnd(row);
      }
      int c = row.period().end().compareTo(kept.end);
      if (c == 0) {
        if (kept.more == null) {
          kept.more = new ArrayList<>(1);
        }
        kept.more.add(row);
        return kept;
      }
      return (c > 0) == later ? new SameEnd(row) : kept;
    }

    void into(List<IndicatorRow> out) {
      out.add(row);
      if (more != null) {
        out.addAll(more);
      }
    }
  }
}
