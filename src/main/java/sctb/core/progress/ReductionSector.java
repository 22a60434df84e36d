package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/**
 * One sector's reduction at its period C: the judged figure and the panel behind it ({@code detail}
 * null when the sector has no data after the baseline year).
 */
public record ReductionSector(String sector, Figure figure, ReductionDetail detail) implements SectorProgress {

  /** The panel's rows at B and C (sorted). */
  @Override
  public List<Location> sources() {
    return detail == null ? List.of() : detail.sources();
  }

  /** Establishments in the panel. */
  public int panelSize() {
    return detail == null ? 0 : detail.panel().size();
  }
}
