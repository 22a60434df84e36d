package sctb.core.progress;

import java.math.BigDecimal;

/**
 * What a figure is judged against: the line from {@code baseline} at the end of {@code baselineYear}
 * to {@code min} at the end of {@code targetYear}. {@code reduction} marks a reduction in percent,
 * whose underlying quantity (intensity, lower is better) the cagr method works on.
 */
public record Goal(
    int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, BigDecimal baseline, boolean reduction) {

  public boolean qualitative() {
    return min == null;
  }

  /** Whole months from the end of the baseline year to the end of the target year. */
  public int monthsTotal() {
    return (targetYear - baselineYear) * 12;
  }
}
