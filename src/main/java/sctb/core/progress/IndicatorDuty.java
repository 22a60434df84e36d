package sctb.core.progress;

import java.util.List;

/**
 * An agency's indicator rows for P against what it reported for its previous half-year
 * (docs/methodology.md §12): the rows expected (that previous report's indicator, sector and entity,
 * less entities the register says had closed), how many of them came, and how many rows came besides;
 * and the first of the missing rows by name ({@code named}: at most {@link MissingRowNames#LISTED},
 * in plan, sector and name order), so that the agency can be told which.
 */
public record IndicatorDuty(int expected, int received, int added, List<MissingRow> named) {
  public static final IndicatorDuty NONE = new IndicatorDuty(0, 0, 0);

  public IndicatorDuty {
    named = List.copyOf(named);
  }

  /** Before the missing rows are named. */
  public IndicatorDuty(int expected, int received, int added) {
    this(expected, received, added, List.of());
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
    return new IndicatorDuty(expected, received, added, rows);
  }
}
