package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.SubmittedRow;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;

/**
 * Which of the previous report's figures today's data restates (docs/methodology.md §15): a figure
 * rests on rows; when a correction submitted after that report was due (or undated) replaced one of
 * them, the figure published then differs from the one recomputed now. The published value is the
 * same rule over the rows as they were (each replaced row put back), or, for a reduction panel, its
 * sums with the replaced rows' figures put back — when that leaves the panel as it was (a panel's
 * establishments are known by their keys: its lists are not built for the previous report). For a
 * final verdict (§7), rows sent for the first time after that report was due are left out of a share's,
 * count's or task share's published figure too.
 */
final class Restatements {
  private final List<Correction> after = new ArrayList<>();
  /** The rows sent for the first time after that report was due, when they count (a final verdict's); null: they do not. */
  private final LateFirstRows lateRows;

  /** {@code corrections}: every correction read; {@code previousDue}: the last day the previous report was on time. */
  Restatements(List<Correction> corrections, LocalDate previousDue) {
    this(corrections, previousDue, null);
  }

  /** The same, and the rows first sent after the report was due ({@code lateRows}) leave its published figure. */
  Restatements(List<Correction> corrections, LocalDate previousDue, LateFirstRows lateRows) {
    for (Correction c : corrections) {
      if (c.madeAfter(previousDue)) {
        after.add(c);
      }
    }
    this.lateRows = lateRows;
  }

  /** The corrections made since the previous report that replaced a row by the one at {@code at}. */
  List<Correction> replacing(Location at) {
    return after.stream().filter(c -> c.newer().at().equals(at)).toList();
  }

  /** The corrections made since the previous report of an indicator's rows. */
  List<Correction> ofIndicator(String id) {
    return after.stream().filter(c -> c.newer().indicator() != null && c.newer().indicator().indicator().equals(id))
        .toList();
  }

  /**
   * A share's or count's restatement: {@code used} the rows of the previous figure, {@code all} the rows
   * it was computed from, {@code rule} the figure over some rows; null when no correction since touched it.
   */
  Restatement ofRows(List<IndicatorRow> used, Function<List<IndicatorRow>, BigDecimal> rule, List<IndicatorRow> all) {
    return of(used, all, IndicatorRow::at, Correction.Side::indicator, rule);
  }

  /** The same for a task share, over task rows. */
  Restatement ofTasks(List<TaskRow> used, Function<List<TaskRow>, BigDecimal> rule, List<TaskRow> all) {
    return of(used, all, TaskRow::at, Correction.Side::task, rule);
  }

  /** The rule over {@code all} with each row replaced since put back ({@code row}: a side's row of this kind). */
  private <R extends SubmittedRow> Restatement of(List<R> used, List<R> all, Function<R, Location> at,
      Function<Correction.Side, R> row, Function<List<R>, BigDecimal> rule) {
    if (after.isEmpty() && lateRows == null) {
      return null; // without reading the rows: a share's are made one by one when read (ShareRows)
    }
    List<Correction> touched = touched(used.stream().map(at).toList());
    List<LateSubmission> late = lateRows == null ? List.of()
        : used.stream().map(lateRows::of).filter(Objects::nonNull).toList();
    if (touched.isEmpty() && late.isEmpty()) {
      return null;
    }
    List<R> original = new ArrayList<>(all);
    for (Correction c : touched) {
      R older = row.apply(c.older());
      if (older == null) {
        return new Restatement(null, touched, late);
      }
      original.replaceAll(r -> at.apply(r).equals(c.newer().at()) ? older : r);
    }
    if (lateRows != null) {
      original.removeIf(r -> lateRows.of(r) != null); // nobody had sent it: the report then went without it
    }
    return new Restatement(rule.apply(original), touched, late);
  }

  /**
   * Of a reduction indicator's {@code rows}, those of {@code sector} first sent after the report was due that the final
   * verdict's figure rests on: of the baseline year, or of the sector's period C ({@code asOf}; null: none).
   */
  List<LateSubmission> lateIn(List<LateCandidate> rows, String sector, int baselineYear, Period asOf) {
    if (lateRows == null) {
      return List.of();
    }
    String key = Fold.key(sector);
    return rows.stream().filter(r -> Fold.key(r.sector()).equals(key))
        .filter(r -> r.period().year() == baselineYear || (asOf != null && r.period().end().equals(asOf.end())))
        .map(lateRows::of).filter(Objects::nonNull).toList();
  }

  /** The matching keys of the establishments of an indicator's sector whose rows were corrected since the previous report. */
  Set<String> watched(String indicator, String sector) {
    Set<String> keys = new HashSet<>();
    for (Correction c : after) {
      IndicatorRow is = c.newer().indicator();
      if (is != null && is.indicator().equals(indicator) && is.sector().equals(sector)) {
        keys.add(is.entityKey());
      }
    }
    return keys;
  }

  /**
   * A reduction sector's restatement, from its previous panel's sums ({@code r}): the corrections of an
   * establishment in that panel, of a row of the baseline year or of its period C; the replaced rows'
   * consumption and output put back into the panel's sums.
   */
  Restatement ofPanel(ReductionPanel.Result r, int baselineYear, String indicator, String sector) {
    ReductionDetail d = r.detail();
    if (d == null || r.watchedInPanel().isEmpty()) {
      return null;
    }
    List<Correction> touched = new ArrayList<>();
    for (Correction c : after) {
      IndicatorRow is = c.newer().indicator();
      if (is != null && is.indicator().equals(indicator) && is.sector().equals(sector)
          && r.watchedInPanel().contains(is.entityKey())
          && (is.period().year() == baselineYear || is.period().end().equals(r.asOf().end()))) {
        touched.add(c);
      }
    }
    if (touched.isEmpty()) {
      return null;
    }
    BigDecimal cb = d.consumptionBaseline();
    BigDecimal ob = d.outputBaseline();
    BigDecimal cc = d.consumptionCurrent();
    BigDecimal oc = d.outputCurrent();
    for (Correction c : touched) {
      IndicatorRow was = c.older().indicator();
      IndicatorRow is = c.newer().indicator();
      if (was == null || cb == null || DecimalMath.zeroIfNull(was.denominator()).signum() <= 0) {
        return new Restatement(null, touched); // not kept, or it would change who is in the panel
      }
      BigDecimal dc = DecimalMath.zeroIfNull(was.numerator()).subtract(DecimalMath.zeroIfNull(is.numerator()));
      BigDecimal dout = DecimalMath.zeroIfNull(was.denominator()).subtract(DecimalMath.zeroIfNull(is.denominator()));
      if (is.period().year() == baselineYear) {
        cb = cb.add(dc);
        ob = ob.add(dout);
      } else {
        cc = cc.add(dc);
        oc = oc.add(dout);
      }
    }
    BigDecimal relative = DecimalMath.div(cc.multiply(ob), oc.multiply(cb));
    return new Restatement(relative == null ? null : DecimalMath.HUNDRED.multiply(BigDecimal.ONE.subtract(relative)), touched);
  }

  private List<Correction> touched(List<Location> rows) {
    if (after.isEmpty()) {
      return List.of();
    }
    Set<Location> used = new HashSet<>(rows);
    return after.stream().filter(c -> used.contains(c.newer().at())).toList();
  }
}
