package sctb.core.progress;

/** How a forecast is made; the id is named in the report. See docs/methodology.md §9. */
public enum ForecastMethod {
  /** A straight line fitted by least squares to the half-year series since the baseline, with its 95% prediction range. */
  LEAST_SQUARES("least-squares");

  private final String id;

  ForecastMethod(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
