package sctb.core.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import sctb.core.period.Period;
import sctb.core.text.Localized;

/**
 * The plan's reporting rule (section V.2): every lead agency reports every six months to the
 * recipient, before the due day of each half-year.
 */
public record ReportingRule(
    String recipient, String reporters, MonthDay dueFirstHalf, MonthDay dueSecondHalf,
    Localized consolidatedFor, Localized text) {

  /** The day a report for the period is due: 20/6 for H1, 20/12 for H2 and for a whole year. */
  public LocalDate dueDate(Period period) {
    MonthDay due = period.half() == 1 ? dueFirstHalf : dueSecondHalf;
    return due.atYear(period.year());
  }
}
