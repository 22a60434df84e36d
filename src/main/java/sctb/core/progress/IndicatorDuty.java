package sctb.core.progress;

import java.util.List;

/**
 * An agency's indicator rows for P (docs/methodology.md §12): the rows expected — what it reported for its
 * previous half-year (indicator, sector and entity, less entities the register says had closed), and one row
 * for each indicator and sector the plan asks of it that that report did not have ({@code fromPlan}:
 * {@link sctb.core.plan.PlannedRows}) — how many of them came, and how many rows came besides; and the first
 * of the missing rows by name ({@code named}: at most {@link MissingRowNames#LISTED}, in plan, sector and name
 * order), so that the agency can be told which.
 */
public record IndicatorDuty(int expected, int received, int added, int fromPlan, List<MissingRow> named) {
  public static final IndicatorDuty NONE = new IndicatorDuty(0, 0, 0);

  public IndicatorDuty {
    named = List.copyOf(named);
  }

  /** Rows of the previous report only, before the missing rows are named. */
  public IndicatorDuty(int expected, int received, int added) {
    this(expected, received, added, 0, List.of());
  }

  /** Rows of the previous report only. */
  public IndicatorDuty(int expected, int received, int added, List<MissingRow> named) {
    this(expected, received, added, 0, named);
  }

  /** Expected rows that are the previous report's (the rest the plan asks for besides). */
  public int previous() {
    return expected - fromPlan;
  }

  /** Expected rows still missing. */
  public int missing() {
    return expected - received;
  }

  /** Missing rows not in {@link #named}. */
  public int unnamed() {
    return missing() - named.size();
  }

  IndicatorDuty naming(List<MissingRow> rows) {
    return new IndicatorDuty(expected, received, added, fromPlan, rows);
  }
}
