package sctb.core.progress;

/** Why a figure is not judged (verdict {@code no-data} or {@code insufficient-data}); ids are what the JSON uses. */
public enum VerdictReason {
  /** The indicator has no target in any phase. */
  NO_TARGET("no-target"),
  /** Nothing was reported up to the period (or, for a final verdict, up to the end of the target year). */
  NO_ROWS("no-rows"),
  /** A share's rows were reported, but every entity they are about had closed (register): nothing left to count. */
  ALL_CLOSED("all-closed"),
  /** A reduction sector has rows, but no establishment with positive output in both B and C. */
  EMPTY_PANEL("empty-panel"),
  /** The only data is from the baseline year itself: no progress can be measured yet. */
  BASELINE_YEAR_ONLY("baseline-year-only"),
  /** The latest data is from before the target's baseline year: the target's path has not started yet. */
  BEFORE_BASELINE("before-baseline"),
  /** A final verdict needs data from within the target year; the latest is older. */
  NO_TARGET_YEAR_DATA("no-target-year-data"),
  /** The latest data is older than the plan's maximum data age. */
  STALE_DATA("stale-data"),
  /** The figure rests on too little: a coverage fact is below its threshold. */
  LOW_COVERAGE("low-coverage"),
  /** Fewer than half of a multi-sector target's sectors have a verdict, so there is no median sector to go by. */
  FEW_SECTORS_JUDGED("few-sectors-judged");

  private final String id;

  VerdictReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
