package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import sctb.core.period.Period;

/** A figure's value with the data up to the end of {@code period}: one point of its series since the baseline. */
public record Observation(Period period, BigDecimal value) {

  /**
   * The points of a series: of {@code periods}, those after {@code baselineYear} and not after
   * {@code until}, one per end date (a whole year's when it and its second half both end there), in order.
   */
  static List<Period> points(Stream<Period> periods, int baselineYear, Period until) {
    Map<LocalDate, Period> byEnd = new TreeMap<>();
    periods.filter(p -> p.year() > baselineYear && !p.end().isAfter(until.end()))
        .forEach(p -> byEnd.merge(p.end(), p, (a, b) -> ReductionRows.LATEST_LAST.compare(a, b) >= 0 ? a : b));
    return List.copyOf(byEnd.values());
  }
}
