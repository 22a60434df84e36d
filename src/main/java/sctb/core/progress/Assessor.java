package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.period.Period;
import sctb.core.plan.ProgressMethod;
import sctb.core.plan.ProgressSettings;

/**
 * Where a figure should be by now and the verdict on it: the {@code linear} and {@code cagr} methods,
 * the thresholds, the final verdict once the target year is over, and the forecast. Every rule of
 * docs/methodology.md §3–§5 is here and nowhere else.
 */
public final class Assessor {
  private Assessor() {}

  /**
   * Judges {@code value} (null: no data), measured at the end of {@code asOf}, in the report for
   * {@code report}. {@code met} overrides "value ≥ min" (the overall reduction needs every sector to
   * meet it); null means use the value.
   */
  public static Assessment assess(
      Goal goal, ProgressSettings settings, Period report, Period asOf, BigDecimal value, Boolean met) {
    int total = goal.monthsTotal();
    boolean isFinal = !report.end().isBefore(java.time.LocalDate.of(goal.targetYear(), 12, 31));
    Integer elapsed = asOf == null ? null : Math.min(Math.max(asOf.monthsAfterEndOf(goal.baselineYear()), 0), total);
    BigDecimal baseline = goal.baselineValue();
    BigDecimal forecast = forecast(baseline, value, elapsed, total);
    if (forecast != null && goal.ceiling() != null && forecast.compareTo(goal.ceiling()) > 0) {
      forecast = goal.ceiling(); // a percentage cannot go past 100
    }
    // Nothing reported is no data, whether or not the target has a number.
    if (value == null) {
      return new Assessment(goal.baseline(), Verdict.NO_DATA, null, false, isFinal, null);
    }
    if (goal.qualitative()) {
      return new Assessment(goal.baseline(), Verdict.QUALITATIVE, null, false, isFinal, forecast);
    }
    boolean reached = met != null ? met : value.compareTo(goal.min()) >= 0;
    boolean stretchMet = reached && goal.stretch() != null && value.compareTo(goal.stretch()) >= 0;
    BigDecimal expected;
    BigDecimal ratio;
    BigDecimal[] growth = {null, null};
    if (settings.method() == ProgressMethod.CAGR) {
      expected = cagrExpected(goal, elapsed, total);
      growth = cagrGrowth(goal, value, elapsed, total);
      ratio = cagrRatio(goal, value, elapsed, total);
    } else {
      expected = linearExpected(goal, elapsed, total);
      ratio = baseline == null || expected == null ? null : Numbers.div(value.subtract(baseline), expected.subtract(baseline));
    }
    // A baseline already at or above the minimum leaves no gap to close, so the ratio's arithmetic
    // means nothing (its sign flips): falling below the minimum from there is deterioration.
    boolean noGap = baseline != null && baseline.compareTo(goal.min()) >= 0;
    if (noGap && !reached) {
      ratio = null;
    }
    Verdict status;
    if (isFinal) {
      status = reached ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED;
    } else if (reached) {
      status = Verdict.ACHIEVED;
    } else if (noGap) {
      status = Verdict.DETERIORATION;
    } else {
      status = fromRatio(ratio, settings);
    }
    Pace pace = new Pace(expected, ratio, elapsed, total, growth[0], growth[1]);
    return new Assessment(goal.baseline(), status, pace, stretchMet, isFinal, forecast);
  }

  /** The verdict a ratio earns when the minimum is not met yet. */
  public static Verdict fromRatio(BigDecimal ratio, ProgressSettings settings) {
    if (ratio == null) {
      return Verdict.NO_DATA;
    }
    double r = ratio.doubleValue();
    if (r >= settings.onTrack()) {
      return Verdict.ON_TRACK;
    }
    if (r >= settings.accelerationNeeded()) {
      return Verdict.ACCELERATION_NEEDED;
    }
    if (r >= settings.limitedProgress()) {
      return Verdict.LIMITED_PROGRESS;
    }
    return Verdict.DETERIORATION;
  }

  /** baseline + (min − baseline) × elapsed / total: a straight line by whole months. */
  public static BigDecimal linearExpected(Goal goal, Integer elapsed, int total) {
    if (goal.baselineValue() == null || elapsed == null || total <= 0) {
      return null;
    }
    BigDecimal gap = goal.min().subtract(goal.baselineValue());
    return goal.baselineValue().add(Numbers.div(gap.multiply(BigDecimal.valueOf(elapsed)), BigDecimal.valueOf(total)));
  }

  /**
   * The Eurostat ratio: observed compound annual growth of the measured quantity since the baseline,
   * over the growth needed to reach the target on time, signed so that better is positive. For a
   * reduction the quantity is the intensity relative to the baseline (1 − value/100; lower is better),
   * otherwise the value itself (higher is better). Years are months / 12, so a half counts 0.5.
   */
  public static BigDecimal cagrRatio(Goal goal, BigDecimal value, Integer elapsed, int total) {
    double[] g = growth(goal, value, elapsed, total);
    if (g == null || g[1] == 0) {
      return null;
    }
    double direction = goal.reduction() ? -1 : 1;
    return Numbers.of(direction * g[0] / Math.abs(g[1]));
  }

  /** {observed, needed} compound annual growth of the measured quantity, or nulls when undefined. */
  public static BigDecimal[] cagrGrowth(Goal goal, BigDecimal value, Integer elapsed, int total) {
    double[] g = growth(goal, value, elapsed, total);
    return g == null ? new BigDecimal[] {null, null} : new BigDecimal[] {Numbers.of(g[0]), Numbers.of(g[1])};
  }

  /** StrictMath, so that every machine computes the same bits and the JSON stays byte-identical. */
  private static double[] growth(Goal goal, BigDecimal value, Integer elapsed, int total) {
    double[] q = quantities(goal, value);
    if (q == null || elapsed == null || elapsed == 0 || total <= 0) {
      return null;
    }
    double observed = StrictMath.pow(q[1] / q[0], 12.0 / elapsed) - 1;
    double needed = StrictMath.pow(q[2] / q[0], 12.0 / total) - 1;
    return new double[] {observed, needed};
  }

  /** The value on the needed growth path at {@code elapsed} months: q0 × (qT/q0)^(elapsed/total), in reported terms. */
  public static BigDecimal cagrExpected(Goal goal, Integer elapsed, int total) {
    double[] q = quantities(goal, goal.min());
    if (q == null || elapsed == null || total <= 0) {
      return null;
    }
    double path = q[0] * StrictMath.pow(q[2] / q[0], (double) elapsed / total);
    return Numbers.of(goal.reduction() ? 100 * (1 - path) : path);
  }

  /** {q0, q1, qT} or null when one is not positive (compound growth is undefined there). */
  private static double[] quantities(Goal goal, BigDecimal value) {
    if (goal.baselineValue() == null || value == null) {
      return null;
    }
    double q0;
    double q1;
    double qt;
    if (goal.reduction()) {
      q0 = 1 - goal.baselineValue().doubleValue() / 100;
      q1 = 1 - value.doubleValue() / 100;
      qt = 1 - goal.min().doubleValue() / 100;
    } else {
      q0 = goal.baselineValue().doubleValue();
      q1 = value.doubleValue();
      qt = goal.min().doubleValue();
    }
    return q0 > 0 && q1 > 0 && qt > 0 ? new double[] {q0, q1, qt} : null;
  }

  /** baseline + (value − baseline) × total / elapsed: the average monthly change continued to the target date. */
  public static BigDecimal forecast(BigDecimal baseline, BigDecimal value, Integer elapsed, int total) {
    if (baseline == null || value == null || elapsed == null || elapsed == 0) {
      return null;
    }
    return baseline.add(Numbers.div(value.subtract(baseline).multiply(BigDecimal.valueOf(total)), BigDecimal.valueOf(elapsed)));
  }
}
