package sctb.core.progress;

import java.time.temporal.ChronoUnit;
import sctb.core.period.Period;

/**
 * The currency rule (docs/methodology.md §6): data decides a verdict only while it is no older than the plan's maximum data
 * age, counted in half-years from the end of its period to the end of the period judged (2024H2 is
 * two half-years before 2025H2, and so still current by default; 2024H1 is not).
 */
public final class DataAge {
  private DataAge() {}

  /** Whole half-years from the end of {@code data} to the end of {@code at} (0 for the same end). */
  public static int halfYearsBefore(Period data, Period at) {
    return (int) Math.floorDiv(ChronoUnit.MONTHS.between(data.endMonth(), at.endMonth()), 6);
  }

  public static boolean isCurrent(Period data, Period at, int maxAge) {
    return halfYearsBefore(data, at) <= maxAge;
  }
}
