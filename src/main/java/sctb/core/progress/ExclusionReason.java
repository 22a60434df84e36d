package sctb.core.progress;

/** Why an establishment that reported is outside a sector's panel. */
public enum ExclusionReason {
  /** Reports in C but has no row for the baseline year B (a new plant). */
  NO_BASELINE("no-baseline"),
  /** Only one half of B was reported, so B's year cannot be built from halves. */
  BASELINE_INCOMPLETE("baseline-incomplete"),
  /** Output in B is zero or blank. */
  ZERO_OUTPUT_BASELINE("zero-output-baseline"),
  /** Reported in B but not in C (closed, or did not report). */
  NO_CURRENT("no-current"),
  /** Output in C is zero or blank. */
  ZERO_OUTPUT_CURRENT("zero-output-current"),
  /** Reported in B, not in C, and the register says it closed before C. */
  CLOSED("closed"),
  /**
   * Output in both, but its intensity at C is more than {@code outlier_factor} times its intensity in B,
   * or less than a {@code outlier_factor}th of it (zero consumption in one of them included): a unit
   * changed between the periods or a figure mistyped, not a change a plant makes.
   */
  IMPLAUSIBLE_CHANGE("implausible-change");

  private final String id;

  ExclusionReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
