package sctb.core.progress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.submission.IndicatorRow;

/**
 * The share and count rule's figures ({@link ShareCount#at}) of one indicator's rows, each worked out
 * once: the two phases' verdicts, the baselines, the series and the report's figure ask for the same
 * ones. At one million entities the report asked eight times over 2 M rows for five different figures
 * (docs/performance.md, round 10). Rows are known by identity, counting rules by the one instance per
 * report ({@link ProgressEngine}): equal inputs, the same result. Values are kept for every figure, the
 * whole tally only for the last one worked out (the report's own figure is asked for right after its
 * series computed it), so that no more rows stay held than before.
 */
final class Tallies {
  private final Map<Key, Value> values = new HashMap<>();
  private Key lastKey;
  private ShareCount.Tally last;

  /** The figure at the end of {@code until} ({@link ShareCount#at}). */
  ShareCount.Tally at(IndicatorKind kind, List<IndicatorRow> rows, Period until, Counting counting) {
    Key key = new Key(rows, kind, until, counting);
    if (!key.equals(lastKey)) {
      last = ShareCount.at(kind, rows, until, counting);
      lastKey = key;
      values.put(key, new Value(last.value()));
    }
    return last;
  }

  /** Only the value of that figure (null: none). */
  BigDecimal valueAt(IndicatorKind kind, List<IndicatorRow> rows, Period until, Counting counting) {
    Value known = values.get(new Key(rows, kind, until, counting));
    return known != null ? known.value() : at(kind, rows, until, counting).value();
  }

  /** A value worked out, null included. */
  private record Value(BigDecimal value) {}

  /** The rows and the counting rules by identity (equal rows lists would be compared row by row). */
  private record Key(List<IndicatorRow> rows, IndicatorKind kind, Period until, Counting counting) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.rows == rows && k.counting == counting && k.kind == kind && k.until.equals(until);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(rows) * 31 + System.identityHashCode(counting)) * 31 + until.hashCode();
    }
  }
}
