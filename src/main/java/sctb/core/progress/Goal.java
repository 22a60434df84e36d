package sctb.core.progress;

import java.math.BigDecimal;

/**
 * What a figure is judged against: the line from {@code baseline} at the end of {@code baselineYear}
 * to {@code min} at the end of {@code targetYear}. {@code reduction} marks a reduction in percent,
 * whose underlying quantity (intensity, lower is better) the cagr method works on. {@code ceiling}
 * bounds a forecast (100 for percentages; null for counts).
 */
public record Goal(
    int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline, boolean reduction,
    BigDecimal ceiling) {

  /** A percentage goal (reduction, share, tasks): forecasts stop at 100. */
  public static Goal percent(int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline,
      boolean reduction) {
    return new Goal(baselineYear, targetYear, min, stretch, baseline, reduction, BigDecimal.valueOf(100));
  }

  /** A count goal: no upper bound. */
  public static Goal count(int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline) {
    return new Goal(baselineYear, targetYear, min, stretch, baseline, false, null);
  }

  public boolean qualitative() {
    return min == null;
  }

  /** The baseline value, null when none could be found. */
  public BigDecimal baselineValue() {
    return baseline.value();
  }

  /** Whole months from the end of the baseline year to the end of the target year. */
  public int monthsTotal() {
    return (targetYear - baselineYear) * 12;
  }
}
