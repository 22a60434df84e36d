package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;

/**
 * What stands behind one sector's reduction: sums over the panel in B and C, the intensities, the
 * panel itself and who was left out. The reduction is 100 × (1 − intensityCurrent / intensityBaseline).
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
    BigDecimal excludedOutputShare) {

  public ReductionDetail {
    panel = List.copyOf(panel);
    excluded = List.copyOf(excluded);
  }

  /** Every row behind the figure: the panel's rows in B and in C, sorted. */
  public List<Location> sources() {
    return Sources.sorted(panel.stream()
        .flatMap(p -> java.util.stream.Stream.concat(p.baseline().sources().stream(), p.current().sources().stream())));
  }
}
