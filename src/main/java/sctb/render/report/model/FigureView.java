package sctb.render.report.model;

import java.util.List;
import java.util.Optional;
import sctb.core.progress.ForecastMethod;
import sctb.core.progress.Verdict;
import sctb.core.progress.VerdictReason;

/**
 * How one figure (an indicator's, or one sector's) stands at the period, formatted with its unit:
 * the period of its data ({@code as_of}) and whether that is before the report's period
 * ({@code as_of_earlier}), the value it started from (and, when first observed after the baseline year,
 * the period it is of: {@code baseline_from}), the result, where it should be by now, the
 * progress ratio and whether it is past the path ({@code ratio_ahead}) or worse than the baseline
 * ({@code ratio_behind}): the reports then write words, not the ratio; the verdict, why a figure is not judged ({@code reason}), whether the upper end is met,
 * whether the verdict is final ({@code final}) and the period a missed target was reached later
 * ({@code achieved_late}); the forecast at the end of the target year with its range, its method, the
 * values it was fitted to (how many, from when) and where the range lies against the minimum; and what
 * the figure rests on ({@code coverage}). Numbers never show across a bound of the target (4,996 beside
 * 5% is "4,99%"). Read flat on the indicator or sector holding it.
 */
public record FigureView(
    String asOf,
    boolean asOfEarlier,
    String baseline,
    String baselineFrom,
    String value,
    String expected,
    String ratio,
    boolean ratioAhead,
    boolean ratioBehind,
    Verdict status,
    Optional<VerdictReason> reason,
    boolean stretchMet,
    boolean isFinal,
    String achievedLate,
    String forecast,
    String forecastLow,
    String forecastHigh,
    Optional<ForecastMethod> forecastMethod,
    String forecastPoints,
    String forecastFrom,
    Optional<ForecastReach> forecastReach,
    List<CoverageView> coverage) implements Flattened {

  public FigureView {
    coverage = List.copyOf(coverage);
  }
}
