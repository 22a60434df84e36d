package sctb.core.progress;

import java.math.BigDecimal;

/**
 * Where a figure should be by the end of its data period and how far it got: {@code expected} by
 * the method, the progress {@code ratio} (null when undefined), the whole months from the end of the
 * baseline year to the data and to the target date, and under {@code cagr} the observed and needed
 * compound annual growth (null under {@code linear}).
 */
public record Pace(
    BigDecimal expected, BigDecimal ratio, int monthsElapsed, int monthsTotal, BigDecimal observedGrowth,
    BigDecimal neededGrowth) {

  /**
   * Past where the figure should be by now (a ratio above 1). The ratio's size then tells more about how
   * little of the path has passed than about the figure — 500% half a year into a phase, for a result 6
   * points above the path — so the reports say it in words and give the result beside the expected
   * value (docs/methodology.md §10); JSON and {@code explain} keep the ratio.
   */
  public boolean ahead() {
    return ratio != null && ratio.compareTo(BigDecimal.ONE) > 0;
  }

  /**
   * Further from the target than the baseline was (a ratio below 0). Its size is as distorted as a ratio
   * far above 1 early in a phase (−500% for a share 1 point below its baseline), so the reports say it in
   * words too (docs/methodology.md §10).
   */
  public boolean behind() {
    return ratio != null && ratio.signum() < 0;
  }
}
