package sctb.core.diag;

/** How bad a diagnostic is: errors make a command fail (exit 1); warnings only do with --strict. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /** The lower-case word used in every output format. */
  public String id() {
    return id;
  }
}
