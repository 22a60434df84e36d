package sctb.render.report.model;

import java.util.List;
import sctb.core.progress.PooledReduction;

/**
 * The sectors' reductions pooled into one figure in the plan's common unit, context only (the verdict
 * goes by the sectors): the value ("" when nothing could be pooled), the unit's name, the period of the
 * latest data in it, how many sectors are in it, and those left out with why. All "" and empty for
 * an indicator that is not a multi-sector reduction.
 */
public record PooledView(String value, String unit, String asOf, String included, List<LeftOut> leftOut) {
  static final PooledView NONE = new PooledView("", "", "", "", List.of());

  public PooledView {
    leftOut = List.copyOf(leftOut);
  }

  /** A sector left out of the pooled figure: its name and why. */
  public record LeftOut(String sector, PooledReduction.Reason reason) {}
}
