package sctb.core.progress;

import java.math.BigDecimal;

/** The value a figure's progress is measured from, and where it comes from ({@code value} null only with {@link BaselineSource#NONE}). */
public record Baseline(BigDecimal value, BaselineSource source) {
  public static final Baseline NONE = new Baseline(null, BaselineSource.NONE);

  /** The declared value when there is one, else zero (reductions, by definition 0 at their baseline). */
  public static Baseline declaredOrZero(BigDecimal declared) {
    return declared != null ? new Baseline(declared, BaselineSource.DECLARED) : new Baseline(BigDecimal.ZERO, BaselineSource.ZERO);
  }
}
