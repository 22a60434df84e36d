package sctb.core.plan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A share threshold as the plan states it, kept exact: 0.8 is 8/10, "2/3" stays 2/3 (a decimal
 * such as 0.667 would turn two sectors of three into too few).
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) {

  public Fraction {
    if (numerator.signum() < 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException("a share threshold is a non-negative fraction: " + numerator + "/" + denominator);
    }
  }

  public static Fraction of(BigDecimal decimal) {
    return new Fraction(decimal, BigDecimal.ONE);
  }

  public static Fraction of(long numerator, long denominator) {
    return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** True when part / whole reaches this fraction (exactly: part × denominator ≥ numerator × whole); false when whole is 0. */
  public boolean metBy(BigDecimal part, BigDecimal whole) {
    return whole.signum() > 0 && part.multiply(denominator).compareTo(numerator.multiply(whole)) >= 0;
  }

  /** The plan wrote a decimal (0.8), shown as a percentage; a fraction ("2/3") is shown as it is. */
  public Optional<BigDecimal> percent() {
    return denominator.compareTo(BigDecimal.ONE) == 0 ? Optional.of(numerator.movePointRight(2)) : Optional.empty();
  }

  /** As the plan wrote it: "2/3", or "0.8". */
  @Override
  public String toString() {
    return denominator.compareTo(BigDecimal.ONE) == 0 ? numerator.toPlainString()
        : numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
