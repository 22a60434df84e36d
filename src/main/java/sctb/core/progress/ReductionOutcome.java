package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/**
 * A reduction judged sector by sector: the overall figure, how many sectors meet the minimum, each
 * sector's figure, and every row behind them.
 */
public record ReductionOutcome(Figure figure, int sectorsMeetingMin, List<ReductionSector> sectors, List<Location> sources)
    implements Outcome {

  public ReductionOutcome {
    sectors = List.copyOf(sectors);
    sources = CompactList.copyOf(sources);
  }
}
