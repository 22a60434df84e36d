package sctb.core.collect;

import java.time.LocalDate;

/**
 * The day by which an agency is asked to send, or send again, its report (docs/collection.md): the
 * plan's due date while at least {@code days} days remain before it, else {@code days} days from today
 * — never a date already past, never less time than the department's rule gives.
 */
public final class Deadlines {
  /** Days an agency is given when the due date is too close or past, unless plan.yaml says otherwise. */
  public static final int DEFAULT_DAYS = 7;

  private Deadlines() {}

  public static LocalDate sendBy(LocalDate due, LocalDate today, int days) {
    LocalDate earliest = today.plusDays(days);
    return earliest.isAfter(due) ? earliest : due;
  }
}
