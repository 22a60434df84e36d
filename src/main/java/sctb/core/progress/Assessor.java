package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.ProgressMethod;
import sctb.core.plan.ProgressSettings;

/**
 * The verdict on one figure (docs/methodology.md §4–§7, §9): where it should be by now (the
 * {@code linear} and {@code cagr} methods) and the thresholds; a final verdict once the target year
 * is over, judged on the data up to its end and needing data from within it, with a target reached
 * later noted as achieved late; data too old or too thin does not decide; the forecast. Every rule
 * of judging a single figure is here and nowhere else (a multi-sector target is judged from its
 * sectors' verdicts by {@link SectorBasedJudgment}).
 */
public final class Assessor {
  private Assessor() {}

  /** Judges what a rule found for one figure in the report for {@code report}. */
  public static Assessment assess(Goal goal, ProgressSettings settings, Period report, Evidence evidence) {
    boolean isFinal = goal.isFinalAt(report);
    Period cut = goal.cutOff(report);
    Baseline baseline = goal.baseline();
    BigDecimal value = evidence.value();
    Coverage coverage = evidence.coverage();
    // Nothing reported is no data, whether or not the target has a number.
    if (value == null) {
      VerdictReason why = evidence.missing() == null ? VerdictReason.NO_ROWS : evidence.missing();
      if (why == VerdictReason.STALE_DATA) {
        // Reported, but only long ago: too old to decide, not "nothing reported".
        return goal.finalWithoutTargetYearData(report, evidence.asOf())
            ? Assessment.unjudged(baseline, Verdict.NO_DATA, VerdictReason.NO_TARGET_YEAR_DATA, null, true, coverage)
            : Assessment.unjudged(baseline, Verdict.INSUFFICIENT_DATA, why, null, isFinal, coverage);
      }
      return Assessment.unjudged(baseline, Verdict.NO_DATA, why, null, isFinal, coverage);
    }
    Period asOf = evidence.asOf();
    if (goal.settledBy(value)) {
      // A count that has reached its minimum has reached it for good: old rows or rows of an earlier
      // year still prove it, so their age decides nothing (it is still shown).
      return settled(goal, settings, report, evidence);
    }
    // Before the qualitative verdict: a final word on a target without a number (spc-models, 2030)
    // still needs data of its year, as every other final verdict does.
    if (goal.finalWithoutTargetYearData(report, asOf)) {
      return Assessment.unjudged(baseline, Verdict.NO_DATA, VerdictReason.NO_TARGET_YEAR_DATA, null, true, coverage);
    }
    if (goal.qualitative()) {
      return Assessment.unjudged(baseline, Verdict.QUALITATIVE, null, null, isFinal, coverage);
    }
    Pace pace = pace(goal, settings, asOf, value);
    if (!DataAge.isCurrent(asOf, cut, settings.maxDataAge())) {
      return Assessment.unjudged(baseline, Verdict.INSUFFICIENT_DATA, VerdictReason.STALE_DATA, pace, isFinal, coverage);
    }
    if (coverage.shortfall().isPresent()) {
      return Assessment.unjudged(baseline, Verdict.INSUFFICIENT_DATA, VerdictReason.LOW_COVERAGE, pace, isFinal, coverage);
    }
    boolean reached = goal.reachedBy(value);
    if (!reached && !isFinal && asOf.year() < goal.baselineYear()) {
      // A target whose path starts later (an indicator given a 2030 target only, read in a 2023 report):
      // the data is not the baseline and no progress along that path can be measured yet.
      return Assessment.unjudged(Baseline.NONE, Verdict.INSUFFICIENT_DATA, VerdictReason.BEFORE_BASELINE, null, false,
          coverage);
    }
    boolean stretchMet = reached && goal.stretch() != null && value.compareTo(goal.stretch()) >= 0;
    if (isFinal) {
      Period late = reached ? null : firstReached(goal, evidence.series());
      return new Assessment(baseline, reached ? Verdict.ACHIEVED : Verdict.NOT_ACHIEVED, null, pace, stretchMet, true,
          late, null, coverage);
    }
    // A baseline already at or above the minimum leaves no gap to close, so the ratio's arithmetic
    // means nothing (its sign flips): falling below the minimum from there is deterioration.
    boolean noGap = baseline.value() != null && goal.reachedBy(baseline.value());
    Verdict status;
    VerdictReason reason = null;
    if (reached) {
      status = Verdict.ACHIEVED;
    } else if (noGap) {
      status = Verdict.DETERIORATION;
      pace = new Pace(pace.expected(), null, pace.monthsElapsed(), pace.monthsTotal(), pace.observedGrowth(),
          pace.neededGrowth());
    } else if (pace.ratio() == null) {
      status = Verdict.NO_DATA;
      reason = VerdictReason.BASELINE_YEAR_ONLY;
    } else {
      status = fromRatio(pace.ratio(), settings);
    }
    Forecast forecast = status.judges() ? TrendForecast.fit(goal, evidence.series()) : null;
    return new Assessment(baseline, status, reason, pace, stretchMet, false, null, forecast, coverage);
  }

  /**
   * "Achieved" for a count at or above its minimum ({@link Goal#settledBy}), final or not. Coverage short
   * of a threshold is shown only (it decides nothing here); no forecast (the target is met for good, and a
   * straight line's range would go below the count already reached). A final verdict's path is read at
   * the end of the target year (the minimum), not at the older data's period.
   */
  private static Assessment settled(Goal goal, ProgressSettings settings, Period report, Evidence evidence) {
    BigDecimal value = evidence.value();
    Coverage coverage = evidence.coverage();
    boolean isFinal = goal.isFinalAt(report);
    Period pathAt = isFinal ? goal.cutOff(report) : evidence.asOf();
    boolean stretchMet = goal.stretch() != null && value.compareTo(goal.stretch()) >= 0;
    return new Assessment(goal.baseline(), Verdict.ACHIEVED, null, pace(goal, settings, pathAt, value), stretchMet,
        isFinal, null, null, coverage.shortfall().isPresent() ? coverage.shownOnly() : coverage);
  }

  /** Where the value should be at the end of {@code asOf} by the plan's method, and the ratio of the way made. */
  private static Pace pace(Goal goal, ProgressSettings settings, Period asOf, BigDecimal value) {
    int total = goal.monthsTotal();
    int elapsed = elapsed(goal, asOf);
    BigDecimal expected = expected(goal, settings, elapsed);
    if (settings.method() == ProgressMethod.CAGR) {
      BigDecimal[] growth = cagrGrowth(goal, value, elapsed, total);
      return new Pace(expected, cagrRatio(goal, value, elapsed, total), elapsed, total, growth[0], growth[1]);
    }
    BigDecimal baseline = goal.baselineValue();
    BigDecimal ratio = baseline == null || expected == null ? null
        : DecimalMath.div(value.subtract(baseline), expected.subtract(baseline));
    return new Pace(expected, ratio, elapsed, total, null, null);
  }

  /** Whole months from the end of the baseline year to the end of {@code asOf}, within 0 and the target's total. */
  static int elapsed(Goal goal, Period asOf) {
    return Math.min(Math.max(asOf.monthsAfterEndOf(goal.baselineYear()), 0), goal.monthsTotal());
  }

  /** Where a figure should be after {@code elapsed} months by the plan's method. */
  static BigDecimal expected(Goal goal, ProgressSettings settings, int elapsed) {
    return settings.method() == ProgressMethod.CAGR ? cagrExpected(goal, elapsed, goal.monthsTotal())
        : linearExpected(goal, elapsed, goal.monthsTotal());
  }

  /** The first period after the target year whose value reaches the minimum, null when none does. */
  private static Period firstReached(Goal goal, List<Observation> series) {
    return series.stream()
        .filter(o -> o.period().end().getYear() > goal.targetYear() && goal.reachedBy(o.value()))
        .map(Observation::period).findFirst().orElse(null);
  }

  /** The verdict a ratio earns when the minimum is not met yet. */
  private static Verdict fromRatio(BigDecimal ratio, ProgressSettings settings) {
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
  private static BigDecimal linearExpected(Goal goal, int elapsed, int total) {
    if (goal.baselineValue() == null || total <= 0) {
      return null;
    }
    BigDecimal gap = goal.min().subtract(goal.baselineValue());
    return goal.baselineValue().add(DecimalMath.div(gap.multiply(BigDecimal.valueOf(elapsed)), BigDecimal.valueOf(total)));
  }

  /**
   * The Eurostat ratio: observed compound annual growth of the measured quantity since the baseline,
   * over the growth needed to reach the target on time, signed so that better is positive. For a
   * reduction the quantity is the intensity relative to the baseline (1 − value/100; lower is better),
   * otherwise the value itself (higher is better). Years are months / 12, so a half counts 0.5.
   */
  private static BigDecimal cagrRatio(Goal goal, BigDecimal value, int elapsed, int total) {
    double[] g = growth(goal, value, elapsed, total);
    if (g == null || g[1] == 0) {
      return null;
    }
    double direction = goal.reduction() ? -1 : 1;
    return DecimalMath.of(direction * g[0] / Math.abs(g[1]));
  }

  /** {observed, needed} compound annual growth of the measured quantity, or nulls when undefined. */
  private static BigDecimal[] cagrGrowth(Goal goal, BigDecimal value, int elapsed, int total) {
    double[] g = growth(goal, value, elapsed, total);
    return g == null ? new BigDecimal[] {null, null} : new BigDecimal[] {DecimalMath.of(g[0]), DecimalMath.of(g[1])};
  }

  /** StrictMath, so that every machine computes the same bits and the JSON stays byte-identical. */
  private static double[] growth(Goal goal, BigDecimal value, int elapsed, int total) {
    double[] q = quantities(goal, value);
    if (q == null || elapsed == 0 || total <= 0) {
      return null;
    }
    double observed = StrictMath.pow(q[1] / q[0], 12.0 / elapsed) - 1;
    double needed = StrictMath.pow(q[2] / q[0], 12.0 / total) - 1;
    return new double[] {observed, needed};
  }

  /** The value on the needed growth path at {@code elapsed} months: q0 × (qT/q0)^(elapsed/total), in reported terms. */
  private static BigDecimal cagrExpected(Goal goal, int elapsed, int total) {
    double[] q = quantities(goal, goal.min());
    if (q == null || total <= 0) {
      return null;
    }
    double path = q[0] * StrictMath.pow(q[2] / q[0], (double) elapsed / total);
    return DecimalMath.of(goal.reduction() ? 100 * (1 - path) : path);
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
}
