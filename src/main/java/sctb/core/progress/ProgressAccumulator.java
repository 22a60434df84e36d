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
 *       period of the sector — in compact arrays, not as rows (~90 bytes and the name);</li>
 *   <li>share, count, task output (per agency, sector and entity as written — finer than every
 *       grouping the rules use): the rows at the latest period end up to P, up to the end of B, and
 *       the earliest — the rules take the latest row up to P, up to B, or up to the first period;</li>
 *   <li>task rows: all (a few per task and period);</li>
 *   <li>per file, whether it holds a row up to P (for which diagnostics concern the report).</li>
 * </ul>
 * Strings that repeat (agency, indicator, sector, unit) are shared. {@link #restart} forgets all of it.
 */
public final class ProgressAccumulator implements RowSink {
  private final Plan plan;
  private final Period period;
  private final Map<String, Integer> reductionBaseline = new HashMap<>();
  private final Map<String, LocalDate> baselineEnds = new HashMap<>();
  /** Per reduction indicator and sector key. */
  private final Map<String, Map<String, ReductionRows>> reductions = new HashMap<>();
  private LocationTable places = new LocationTable();
  private final Map<String, Latest> others = new HashMap<>();
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
      if (i.kind() == IndicatorKind.REDUCTION) {
        reductionBaseline.put(i.id(), t.baseline());
      } else {
        baselineEnds.put(i.id(), Period.year(t.baseline()).end());
      }
    }
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
    Integer baseline = reductionBaseline.get(row.indicator());
    if (baseline != null) {
      reductions.computeIfAbsent(row.indicator(), k -> new HashMap<>())
          .computeIfAbsent(sectorKey(row.sector()), k -> new ReductionRows(baseline, places))
          .add(row, entityKey);
    } else {
      row = compact(row);
      String key = row.indicator() + "\u0000" + row.agency() + "\u0000" + row.sector() + "\u0000" + row.entity();
      others.computeIfAbsent(key, k -> new Latest()).add(row, baselineEnds.get(row.indicator()));
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

  /** One share/count key's rows: at the latest end, the latest end up to B, and the earliest end. */
  private static final class Latest {
    Object latest;
    LocalDate latestEnd;
    Object atB;
    LocalDate atBEnd;
    Object first;
    LocalDate firstEnd;

    void add(IndicatorRow row, LocalDate baselineEnd) {
      LocalDate end = row.period().end();
      int c = latestEnd == null ? 1 : end.compareTo(latestEnd);
      if (c >= 0) {
        latest = c > 0 ? row : Keep.add(latest, row);
        latestEnd = end;
      }
      if (baselineEnd != null && !end.isAfter(baselineEnd)) {
        c = atBEnd == null ? 1 : end.compareTo(atBEnd);
        if (c >= 0) {
          atB = c > 0 ? row : Keep.add(atB, row);
          atBEnd = end;
        }
      }
      c = firstEnd == null ? -1 : end.compareTo(firstEnd);
      if (c <= 0) {
        first = c < 0 ? row : Keep.add(first, row);
        firstEnd = end;
      }
    }

    void into(List<IndicatorRow> out) {
      List<IndicatorRow> mine = new ArrayList<>();
      Keep.into(latest, mine);
      Keep.into(atB, mine);
      Keep.into(first, mine);
      mine.stream().distinct().forEach(out::add);
    }
  }

  /** One row or a list of them (almost always one: a second is a duplicate the reader already flagged). */
  private static final class Keep {
    private Keep() {}

    @SuppressWarnings("unchecked")
    static Object add(Object holder, IndicatorRow row) {
      if (holder == null) {
        return row;
      }
      List<IndicatorRow> list;
      if (holder instanceof IndicatorRow one) {
        list = new ArrayList<>(2);
        list.add(one);
      } else {
        list = (List<IndicatorRow>) holder;
      }
      list.add(row);
      return list;
    }

    @SuppressWarnings("unchecked")
    static void into(Object holder, List<IndicatorRow> out) {
      if (holder instanceof IndicatorRow one) {
        out.add(one);
      } else if (holder != null) {
        out.addAll((List<IndicatorRow>) holder);
      }
    }
  }
}
