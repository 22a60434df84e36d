package sctb.core.progress;

import java.math.BigDecimal;
import java.math.MathContext;

/** Decimal arithmetic of the engine: exact sums, divisions to 16 significant digits, null when undefined. */
public final class DecimalMath {
  /** Every division and power is taken to 16 significant digits (IEEE decimal64), then never rounded again. */
  public static final MathContext MC = MathContext.DECIMAL64;
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DecimalMath() {}

  /** a / b, or null when b is zero or either is null. */
  public static BigDecimal div(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return null;
    }
    return a.divide(b, MC);
  }

  public static BigDecimal of(double d) {
    return Double.isFinite(d) ? new BigDecimal(Double.toString(d)).round(MC) : null;
  }

  public static BigDecimal zeroIfNull(BigDecimal b) {
    return b == null ? BigDecimal.ZERO : b;
  }

  /** The same number without trailing zeros and never in E-notation with a negative scale: 3.5000 → 3.5, 1E+2 → 100. */
  public static BigDecimal clean(BigDecimal b) {
    if (b == null) {
      return null;
    }
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
