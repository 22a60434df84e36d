package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sctb.core.period.Period;

/**
 * The forecast rule (docs/methodology.md §9): none before two years of data after the baseline;
 * then a straight line fitted by least squares to every observation since the baseline (the
 * baseline itself when it is a value of its own, then each period with data), read at the end of the
 * target year, with the 95% prediction range of that line (Student's t), kept within the figure's
 * bounds (0–100 for a share, ≥ 0 for a count, ≤ 100 for a reduction).
 */
public final class TrendForecast {
  /** Data must reach this many months after the end of the baseline year before anything is forecast. */
  public static final int MIN_MONTHS = 24;
  /** Two-sided 95% quantiles of Student's t for 1…30 degrees of freedom (beyond 30, the one for 30). */
  private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
      2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
      2.048, 2.045, 2.042};

  private TrendForecast() {}

  /** True when a report for {@code report} can have forecasts for targets with this baseline year. */
  public static boolean possibleAt(Period report, int baselineYear) {
    return report.monthsAfterEndOf(baselineYear) >= MIN_MONTHS;
  }

  /** The forecast from {@code series} (periods after the baseline year, in order), or null when none is warranted. */
  static Forecast fit(Goal goal, List<Observation> series) {
    if (goal.qualitative() || series.size() < 2
        || series.get(series.size() - 1).period().monthsAfterEndOf(goal.baselineYear()) < MIN_MONTHS) {
      return null;
    }
    List<Observation> points = new ArrayList<>();
    BaselineSource source = goal.baseline().source();
    if (goal.baselineValue() != null && source != BaselineSource.FIRST_OBSERVED) {
      points.add(new Observation(Period.year(goal.baselineYear()), goal.baselineValue()));
    }
    points.addAll(series);
    int n = points.size();
    if (n < 3) {
      return null; // two points fit any line: no spread to judge the range by
    }
    double[] x = new double[n];
    double[] y = new double[n];
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      x[i] = points.get(i).period().monthsAfterEndOf(goal.baselineYear());
      y[i] = points.get(i).value().doubleValue();
      meanX += x[i];
      meanY += y[i];
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - meanX) * (x[i] - meanX);
      sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double residual = y[i] - intercept - slope * x[i];
      squares += residual * residual;
    }
    double at = goal.monthsTotal();
    double central = intercept + slope * at;
    double spread = StrictMath.sqrt(squares / (n - 2));
    double half = T95[Math.min(n - 2, T95.length) - 1] * spread
        * StrictMath.sqrt(1 + 1.0 / n + (at - meanX) * (at - meanX) / sxx);
    return new Forecast(bounded(goal, central - half), bounded(goal, central), bounded(goal, central + half),
        ForecastMethod.LEAST_SQUARES, points);
  }

  private static BigDecimal bounded(Goal goal, double value) {
    BigDecimal v = DecimalMath.of(value);
    if (goal.floor() != null && v.compareTo(goal.floor()) < 0) {
      return goal.floor();
    }
    return goal.ceiling() != null && v.compareTo(goal.ceiling()) > 0 ? goal.ceiling() : v;
  }
}
