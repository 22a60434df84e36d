package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.plan.Fraction;

/** One thing a figure rests on: {@code part} of {@code whole}, and the share it must reach ({@code threshold}, null: shown only). */
public record CoverageFact(CoverageKind kind, BigDecimal part, BigDecimal whole, Fraction threshold) {

  public static CoverageFact of(CoverageKind kind, long part, long whole, Fraction threshold) {
    return new CoverageFact(kind, BigDecimal.valueOf(part), BigDecimal.valueOf(whole), threshold);
  }

  /** part / whole, null when the whole is 0. */
  public BigDecimal share() {
    return DecimalMath.div(part, whole);
  }

  /** True unless there is a threshold and the share falls short of it (a whole of 0 falls short). */
  public boolean met() {
    return threshold == null || threshold.metBy(part, whole);
  }
}
