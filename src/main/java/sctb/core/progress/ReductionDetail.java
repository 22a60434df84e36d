package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;

/**
 * What stands behind one sector's reduction: sums over the panel in B and C, the intensities, the
 * panel itself and who was left out, what every establishment reporting for B and for C reported
 * (the panel's coverage is its share of that), and every row behind the figure (the panel's rows in
 * B and in C, sorted). The reduction is 100 × (1 − intensityCurrent / intensityBaseline). Over a
 * large workspace the lists are compact views, each establishment made when read.
 */
public record ReductionDetail(
    BigDecimal consumptionBaseline,
    BigDecimal outputBaseline,
    BigDecimal consumptionCurrent,
    BigDecimal outputCurrent,
    BigDecimal intensityBaseline,
    BigDecimal intensityCurrent,
    List<PanelEntity> panel,
    List<Exclusion> excluded,
    BigDecimal excludedOutputShare,
    Reported reported,
    List<Location> sources) {

  public ReductionDetail {
    panel = CompactList.copyOf(panel);
    excluded = CompactList.copyOf(excluded);
    sources = CompactList.copyOf(sources);
  }
}
