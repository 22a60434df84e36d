package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sctb.core.plan.ProgressSettings;

/**
 * The path a figure should follow to its target by the plan's method ({@link Assessor}: the value
 * "expected by now" at every half-year from the end of the baseline year to the end of the target
 * year), for drawing it beside what was achieved.
 */
public final class Trajectory {
  private Trajectory() {}

  /** Where the path is {@code months} after the end of the baseline year. */
  public record Point(int months, BigDecimal expected) {}

  /** Every half-year's point of {@code goal}'s path; empty when the goal has no number or no baseline. */
  public static List<Point> of(Goal goal, ProgressSettings settings) {
    if (goal.qualitative() || goal.baselineValue() == null || goal.monthsTotal() <= 0) {
      return List.of();
    }
    List<Point> points = new ArrayList<>();
    for (int m = 0; m <= goal.monthsTotal(); m += 6) {
      BigDecimal expected = Assessor.expected(goal, settings, m);
      if (expected != null) {
        points.add(new Point(m, expected));
      }
    }
    return List.copyOf(points);
  }
}
