package sctb.core.progress;

/** Where a figure's baseline value comes from (docs/methodology.md §3); ids are what the JSON uses. */
public enum BaselineSource {
  /** {@code baseline_value} in plan.yaml. */
  DECLARED("declared"),
  /** Computed by the indicator's own rule from the rows up to the end of the baseline year. */
  OBSERVED("observed"),
  /** A share without rows up to the baseline year: its value at the first period with data. */
  FIRST_OBSERVED("first-observed"),
  /** A count or a task share without rows up to the baseline year: nothing counted yet. */
  ZERO("zero"),
  /** No value could be found. */
  NONE("none");

  private final String id;

  BaselineSource(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
