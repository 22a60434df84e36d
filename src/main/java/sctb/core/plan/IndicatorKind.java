package sctb.core.plan;

import java.util.Optional;

/** How an indicator is measured; see docs/methodology.md. */
public enum IndicatorKind {
  /** Lower consumption per unit of product, per sector, against a baseline year. */
  REDUCTION("reduction"),
  /** Percentage of a population meeting a criterion. */
  SHARE("share"),
  /** A number of things (models, enterprises). */
  COUNT("count"),
  /** Percentage of named tasks done or carried out regularly. */
  TASKS("tasks");

  private final String id;

  IndicatorKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Measured in per cent of something (a baseline intensity, a population, a list of tasks), so 0 to 100. */
  public boolean isPercentage() {
    return this != COUNT;
  }

  /**
   * Measured from its target's own baseline year, where it is 0 ("giảm ... so với năm 2025"): targets
   * with different baselines are on different scales. Shares, task shares and cumulative counts are
   * levels, so every target of the indicator is on one scale.
   */
  public boolean startsAtBaseline() {
    return this == REDUCTION;
  }

  public static Optional<IndicatorKind> byId(String id) {
    for (IndicatorKind k : values()) {
      if (k.id.equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
