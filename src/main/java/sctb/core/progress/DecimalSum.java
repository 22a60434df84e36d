package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.submission.Numbers;

/**
 * An exact running Σ of decimals, equal in value and scale to adding their BigDecimals to
 * {@link BigDecimal#ZERO} one by one: kept as long digits and a scale while they fit, a BigDecimal
 * after (a share's tallies add up a million rows' figures, mostly 0 and 1).
 */
final class DecimalSum {
  private long digits;
  private int scale;
  /** The sum once it no longer fits long digits; null before. */
  private BigDecimal big;

  /** Adds {@code unscaled} × 10^-{@code valueScale}. */
  void add(long unscaled, int valueScale) {
    if (big == null) {
      long up = (long) valueScale - scale;
      try {
        if (up >= 0 && up <= Numbers.MAX_LONG_POWER_OF_TEN) {
          digits = Math.addExact(Math.multiplyExact(digits, Numbers.powerOfTen((int) up)), unscaled);
          scale = valueScale;
          return;
        }
        if (up < 0 && -up <= Numbers.MAX_LONG_POWER_OF_TEN) {
          digits = Math.addExact(digits, Math.multiplyExact(unscaled, Numbers.powerOfTen((int) -up)));
          return;
        }
      } catch (ArithmeticException overflow) {
        // digits and scale untouched (assigned only on success): on as a BigDecimal
      }
      big = BigDecimal.valueOf(digits, scale);
    }
    big = big.add(BigDecimal.valueOf(unscaled, valueScale));
  }

  /** Adds {@code value}; null counts as 0. */
  void add(BigDecimal value) {
    if (value == null) {
      return;
    }
    if (big == null && value.precision() <= 18) {
      add(value.scale() == 0 ? value.longValue() : value.scaleByPowerOfTen(value.scale()).longValue(), value.scale());
      return;
    }
    big = (big == null ? BigDecimal.valueOf(digits, scale) : big).add(value);
  }

  BigDecimal value() {
    return big != null ? big : BigDecimal.valueOf(digits, scale);
  }
}
