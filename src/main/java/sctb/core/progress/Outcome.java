package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/** What the engine found for one indicator, by how it is measured. */
public sealed interface Outcome permits Untargeted, ReductionOutcome, TallyOutcome, TaskShareOutcome {
  /** The indicator's headline figure. */
  Figure figure();

  /** Every row behind the headline figure, sorted. */
  List<Location> sources();

  /** Per-sector figures (empty when the indicator is not split by sector). */
  default List<? extends SectorProgress> sectors() {
    return List.of();
  }
}
