package sctb.core.progress;

/** The verdict on one figure; ids are what the JSON and the renderers use. See docs/methodology.md. */
public enum Verdict {
  ACHIEVED("achieved"),
  ON_TRACK("on-track"),
  ACCELERATION_NEEDED("acceleration-needed"),
  LIMITED_PROGRESS("limited-progress"),
  DETERIORATION("deterioration"),
  /** No rows, an empty panel, or too little data to compute a ratio. */
  NO_DATA("no-data"),
  /** Final verdict: the target year is over and the minimum was not reached. */
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
}
