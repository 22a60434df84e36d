package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Target;

/**
 * What a figure is judged against: the line from {@code baseline} at the end of {@code baselineYear}
 * to {@code min} at the end of {@code targetYear}. {@code reduction} marks a reduction in percent,
 * whose underlying quantity (intensity, lower is better) the cagr method works on. {@code floor} and
 * {@code ceiling} bound a forecast (a share stays within 0–100, a count at or above 0; null: no bound).
 * {@code cumulative} marks a count since the baseline (models built, enterprises supported), which never
 * comes back down: once it reaches the minimum, it has reached it for good.
 */
public record Goal(
    int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline, boolean reduction,
    BigDecimal floor, BigDecimal ceiling, boolean cumulative) {

  /** A reduction in percent: at most 100, and as negative as intensity grows. */
  public static Goal reduction(int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline) {
    return new Goal(baselineYear, targetYear, min, stretch, baseline, true, null, DecimalMath.HUNDRED, false);
  }

  /** A share in percent (of a population, or of tasks): 0–100. */
  public static Goal share(int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline) {
    return new Goal(baselineYear, targetYear, min, stretch, baseline, false, BigDecimal.ZERO, DecimalMath.HUNDRED, false);
  }

  /** What an indicator of {@code kind} is judged against for {@code target}, starting from {@code baseline}. */
  public static Goal of(IndicatorKind kind, Target target, Baseline baseline) {
    return switch (kind) {
      case REDUCTION -> reduction(target.baseline(), target.year(), target.min(), target.stretch(), baseline);
      case SHARE, TASKS -> share(target.baseline(), target.year(), target.min(), target.stretch(), baseline);
      case COUNT -> count(target.baseline(), target.year(), target.min(), target.stretch(), baseline);
    };
  }

  /** A count, cumulative since the baseline: not below 0, no upper bound. */
  public static Goal count(int baselineYear, int targetYear, BigDecimal min, BigDecimal stretch, Baseline baseline) {
    return new Goal(baselineYear, targetYear, min, stretch, baseline, false, BigDecimal.ZERO, null, true);
  }

  public boolean qualitative() {
    return min == null;
  }

  /** The baseline value, null when none could be found. */
  public BigDecimal baselineValue() {
    return baseline.value();
  }

  /** Whole months from the end of the baseline year to the end of the target year. */
  public int monthsTotal() {
    return (targetYear - baselineYear) * 12;
  }

  /** True when the report's period ends on or after the end of the target year: the verdict is final. */
  public boolean isFinalAt(Period report) {
    return yearOverAt(targetYear, report);
  }

  /** True when the verdict in the report of {@code report} is final but its latest data, of {@code asOf}, is from before the target year. */
  public boolean finalWithoutTargetYearData(Period report, Period asOf) {
    return isFinalAt(report) && asOf.end().getYear() != targetYear;
  }

  /** True when a report for {@code report} comes on or after the end of {@code targetYear}: its verdict on that year is final. */
  static boolean yearOverAt(int targetYear, Period report) {
    return !report.end().isBefore(LocalDate.of(targetYear, 12, 31));
  }

  /**
   * The last period whose data the verdict may use: the report's, or, once the target year is over,
   * the target year itself (a final verdict is judged on the data up to its end and never changes).
   */
  public Period cutOff(Period report) {
    return report.end().isAfter(LocalDate.of(targetYear, 12, 31)) ? Period.year(targetYear) : report;
  }

  /**
   * True when a report for {@code report} uses a figure's whole series since the baseline, not only
   * its latest value: for a forecast ({@link TrendForecast#possibleAt}), or for a target reached after
   * its year was over (the report's period ends in a later year).
   */
  public static boolean seriesUsed(Period report, int baselineYear, int targetYear) {
    return TrendForecast.possibleAt(report, baselineYear) || report.end().getYear() > targetYear;
  }

  /** Whether a value reaches the minimum. */
  public boolean reachedBy(BigDecimal value) {
    return value.compareTo(min) >= 0;
  }

  /**
   * True when {@code value} settles the target for good whatever its data's age: a cumulative count at
   * or above its minimum (2 models built by 2023 are still built at the end of 2025; the rows behind a
   * count only come down by a correction, which is flagged).
   */
  public boolean settledBy(BigDecimal value) {
    return cumulative && !qualitative() && reachedBy(value);
  }
}
