package sctb.core.plan;

import sctb.core.text.Localized;

/**
 * How progress is judged: the method, the ratio thresholds of the verdicts, the outlier factor,
 * what a verdict needs to rest on ({@code coverage}), how old data may be and still decide
 * ({@code maxDataAge}, in half-years before the report's period), and the unit the sectors'
 * consumption is pooled in ({@code commonUnit}).
 */
public record ProgressSettings(
    ProgressMethod method, double onTrack, double accelerationNeeded, double limitedProgress, double outlierFactor,
    Coverage coverage, int maxDataAge, Localized commonUnit) {

  /**
   * What a verdict must rest on: the panel's share of a sector's reported output
   * ({@code minPanelOutput}), and the share of a figure's parts — sectors, tasks, population — whose
   * data is current ({@code minCurrent}).
   */
  public record Coverage(Fraction minPanelOutput, Fraction minCurrent) {
    public static final Coverage DEFAULT = new Coverage(Fraction.of(8, 10), Fraction.of(2, 3));
  }

  public static final int DEFAULT_MAX_DATA_AGE = 2;
  public static final Localized DEFAULT_COMMON_UNIT = Localized.of("TOE (tấn dầu tương đương)", "toe (tonnes of oil equivalent)");

  public static final ProgressSettings DEFAULT = new ProgressSettings(ProgressMethod.LINEAR, 0.95, 0.6, 0.0, 3.0,
      Coverage.DEFAULT, DEFAULT_MAX_DATA_AGE, DEFAULT_COMMON_UNIT);
}
