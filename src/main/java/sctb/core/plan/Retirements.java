package sctb.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import sctb.core.period.Period;

/**
 * The retirement rule: an indicator an amendment drops ({@code retired_from}) is not reported, asked for or
 * judged for a period whose due date is on or after that day — the rule of {@code successor_from}, so that
 * one date means the same for an agency and an indicator. Earlier periods keep it as they were.
 */
public final class Retirements {
  private Retirements() {}

  /** True when {@code indicator} is no longer tracked in {@code period}. */
  public static boolean retiredIn(Plan plan, Indicator indicator, Period period) {
    return indicator.isRetired() && !plan.reporting().dueDate(period).isBefore(indicator.retiredFrom());
  }

  /** The first half-year no longer tracked (empty when the indicator is not retired). */
  public static Optional<Period> firstPeriod(Plan plan, Indicator indicator) {
    if (!indicator.isRetired()) {
      return Optional.empty();
    }
    LocalDate from = indicator.retiredFrom();
    // A due date may fall in the next year ("01-15"): start a year early and walk forward.
    Period p = Period.half(from.getYear() - 1, 1);
    while (plan.reporting().dueDate(p).isBefore(from)) {
      p = p.half() == 1 ? Period.half(p.year(), 2) : Period.half(p.year() + 1, 1);
    }
    return Optional.of(p);
  }
}
