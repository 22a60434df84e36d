package sctb.render.report;

/**
 * How much of the lists that grow with the workspace the JSON report writes (docs/report-json.md,
 * "Bounded lists"): by default each such list's first {@link #BOUND} entries and its total, so that a
 * national roll-up's document stays proportionate to what a reader uses; every entry on request.
 */
public enum JsonDetail {
  /** The first {@link #BOUND} entries of each list that grows with the workspace; other periods' diagnostics counted, not listed. */
  BOUNDED,
  /** Everything. */
  FULL;

  /** The entries of a bounded list written. */
  public static final int BOUND = 1000;
}
