package sctb.core.period;

import java.time.LocalDate;

/**
 * Whether a report is final or provisional: one made before its period ends
 * ({@link PeriodStanding#PROVISIONAL}) rests on the data received up to the day it was made
 * ({@code dataUntil}) and says so; a final one carries no day, so that it reads the same whenever it is made.
 */
public record ReportStanding(boolean provisional, LocalDate dataUntil) {
  /** A report on a period that is over. */
  public static final ReportStanding FINAL = new ReportStanding(false, null);

  /** The standing of a report made on {@code today} for a period standing so. */
  public static ReportStanding of(PeriodStanding standing, LocalDate today) {
    return standing == PeriodStanding.PROVISIONAL ? new ReportStanding(true, today) : FINAL;
  }
}
