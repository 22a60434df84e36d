package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.period.Period;

/**
 * The value a figure's progress is measured from, and where it comes from ({@code value} null only with
 * {@link BaselineSource#NONE}); {@code from}: the period of a value first observed after the baseline
 * year ({@link BaselineSource#FIRST_OBSERVED}), else null — the report must not date it to that year.
 */
public record Baseline(BigDecimal value, BaselineSource source, Period from) {
  public static final Baseline NONE = new Baseline(null, BaselineSource.NONE);

  public Baseline(BigDecimal value, BaselineSource source) {
    this(value, source, null);
  }

  /** The declared value when there is one, else zero (reductions, by definition 0 at their baseline). */
  public static Baseline declaredOrZero(BigDecimal declared) {
    return declared != null ? new Baseline(declared, BaselineSource.DECLARED) : new Baseline(BigDecimal.ZERO, BaselineSource.ZERO);
  }
}
