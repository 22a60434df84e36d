package sctb.core.plan;

/** How the expected value by now is computed; see docs/methodology.md. */
public enum ProgressMethod {
  /** Straight line in time from the baseline to the minimum target (the department's "tiến độ"). */
  LINEAR("linear"),
  /** Compound annual growth observed versus needed (Eurostat, Open SDG). */
  CAGR("cagr");

  private final String id;

  ProgressMethod(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static java.util.Optional<ProgressMethod> byId(String id) {
    for (ProgressMethod m : values()) {
      if (m.id.equals(id)) {
        return java.util.Optional.of(m);
      }
    }
    return java.util.Optional.empty();
  }
}
