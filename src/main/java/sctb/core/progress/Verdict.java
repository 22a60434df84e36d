package sctb.core.progress;

/** The verdict on one figure; ids are what the JSON and the renderers use. See docs/methodology.md §5. */
public enum Verdict {
  ACHIEVED("achieved"),
  ON_TRACK("on-track"),
  ACCELERATION_NEEDED("acceleration-needed"),
  LIMITED_PROGRESS("limited-progress"),
  DETERIORATION("deterioration"),
  /** Nothing to judge: no rows, an empty panel, no data from the target year; the reason says which. */
  NO_DATA("no-data"),
  /** There is data, but too little or too old to decide: the reason and the coverage say why. */
  INSUFFICIENT_DATA("insufficient-data"),
  /** Final verdict: the target year is over and the minimum was not reached by its end. */
  NOT_ACHIEVED("not-achieved"),
  /** The target has no number (min is null): the value is shown but not judged. */
  QUALITATIVE("qualitative");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True for the verdicts that judge a value against its target (not for no-data, insufficient-data, qualitative). */
  public boolean judges() {
    return this != NO_DATA && this != INSUFFICIENT_DATA && this != QUALITATIVE;
  }
}
