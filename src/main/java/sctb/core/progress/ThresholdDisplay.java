package sctb.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Display never crosses a threshold (docs/methodology.md §10): a value is shown rounded half up to the usual number of
 * decimals, unless that would put the shown number on a target bound or on its other side (4,996
 * beside a 5% minimum is not "5,0%"); then it gets one more decimal at a time, cut towards the side
 * the true value is on (4,996 → "4,99"), until every bound sees it where the true value is.
 */
public final class ThresholdDisplay {
  private ThresholdDisplay() {}

  /**
   * {@code value} rounded for display with at least {@code usual} decimals, on the same side of (or
   * equal to) each of {@code bounds} as the value itself; null bounds are ignored.
   */
  public static BigDecimal displayed(BigDecimal value, Collection<BigDecimal> bounds, int usual) {
    BigDecimal shown = value.setScale(usual, RoundingMode.HALF_UP);
    RoundingMode towardsTruth = null;
    for (BigDecimal bound : bounds) {
      if (bound != null && side(shown, bound) != side(value, bound)) {
        towardsTruth = value.compareTo(bound) < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
      }
    }
    if (towardsTruth == null) {
      return shown;
    }
    // At the value's own scale the shown number is the value itself, so this ends.
    for (int decimals = usual + 1; ; decimals++) {
      shown = value.setScale(decimals, towardsTruth);
      if (sameSides(shown, value, bounds)) {
        return shown;
      }
    }
  }

  /** The number of decimals {@link #displayed} shows (the rounding it uses matters as much: prefer it). */
  public static int decimals(BigDecimal value, Collection<BigDecimal> bounds, int usual) {
    return displayed(value, bounds, usual).scale();
  }

  private static boolean sameSides(BigDecimal shown, BigDecimal value, Collection<BigDecimal> bounds) {
    return bounds.stream().filter(Objects::nonNull).allMatch(b -> side(shown, b) == side(value, b));
  }

  private static int side(BigDecimal x, BigDecimal bound) {
    return Integer.signum(x.compareTo(bound));
  }
}
