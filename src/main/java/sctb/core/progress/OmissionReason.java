package sctb.core.progress;

/** Why an entity's row is not counted in a share (docs/methodology.md §2.2). */
public enum OmissionReason {
  /** The register says it closed before the period: no longer part of the population. */
  CLOSED("closed"),
  /** Its latest row is older than the maximum data age: its value is not carried forward any longer. */
  STALE("stale");

  private final String id;

  OmissionReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
