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
  CLOSED("closed");

  private final String id;

  ExclusionReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
