package sctb.core.period;

import java.time.LocalDate;

/**
 * Where a period stands for a report made on a given day: outside the plan's years, not begun yet,
 * still running (a provisional report: the plan's due dates, 20/6 and 20/12, fall before the
 * half-year ends) or over.
 */
public enum PeriodStanding {
  /** Ended on or before the day: the report is final. */
  CLOSED,
  /** Begun but not ended on the day: the report may be made, and says it is provisional. */
  PROVISIONAL,
  /** Begins after the day: there is nothing to report yet. */
  NOT_STARTED,
  /** Before the plan's first year. */
  BEFORE_PLAN,
  /** After the plan's last year. */
  AFTER_PLAN;

  /** True when a report may be made for the period on that day. */
  public boolean reportable() {
    return this == CLOSED || this == PROVISIONAL;
  }

  /** The standing of {@code period} on {@code today} in a plan running from {@code firstYear} to {@code lastYear}. */
  public static PeriodStanding of(Period period, int firstYear, int lastYear, LocalDate today) {
    if (period.year() < firstYear) {
      return BEFORE_PLAN;
    }
    if (period.year() > lastYear) {
      return AFTER_PLAN;
    }
    if (period.start().isAfter(today)) {
      return NOT_STARTED;
    }
    return today.isAfter(period.end()) ? CLOSED : PROVISIONAL;
  }
}
