package sctb.core.progress;

/**
 * An agency's indicator rows for P against what it reported for its previous half-year
 * (docs/methodology.md §12): the rows expected (that previous report's indicator, sector and entity,
 * less entities the register says had closed), how many of them came, and how many rows came besides.
 */
public record IndicatorDuty(int expected, int received, int added) {
  public static final IndicatorDuty NONE = new IndicatorDuty(0, 0, 0);

  /** Expected rows still missing. */
  public int missing() {
    return expected - received;
  }
}
