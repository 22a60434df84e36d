package sctb.render.report.model;

/** Where a forecast's range lies against the target's minimum (higher is better for every kind of figure). */
public enum ForecastReach {
  /** The whole range is below the minimum. */
  SHORT,
  /** The minimum lies within the range. */
  UNCERTAIN,
  /** The whole range is at or above the minimum. */
  REACHED
}
