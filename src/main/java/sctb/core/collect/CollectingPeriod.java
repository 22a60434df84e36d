package sctb.core.collect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import sctb.core.period.Period;
import sctb.core.plan.ReportingRule;

/**
 * The half-year an officer is collecting on a given day when none is named: the one whose due date is
 * nearest (ties: the earlier). On 01/12/2026 and still on 05/01/2027 that is 2026H2 (due 20/12/2026,
 * late reports being chased); from mid-March 2027 it is 2027H1. The period chosen has always begun: a
 * first half's due date (20/6) is nearer than the last one (20/12) only from mid-March.
 */
public final class CollectingPeriod {
  private CollectingPeriod() {}

  public static Period on(ReportingRule rule, LocalDate today) {
    Period nearest = null;
    long fewest = Long.MAX_VALUE;
    for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
      for (int half = 1; half <= 2; half++) {
        Period p = Period.half(year, half);
        long days = Math.abs(ChronoUnit.DAYS.between(today, rule.dueDate(p)));
        if (days < fewest) {
          nearest = p;
          fewest = days;
        }
      }
    }
    return nearest;
  }
}
