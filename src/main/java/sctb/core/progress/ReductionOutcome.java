package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/**
 * A reduction target set for each of several sectors, judged sector by sector
 * ({@link SectorBasedJudgment}): the overall figure (its value the pooled figure, context only; its
 * verdict from the sectors'), how many sectors are in each verdict, the pooled figure with the
 * sectors it leaves out, each sector's figure, and every row behind them.
 */
public record ReductionOutcome(
    Figure figure, VerdictTally sectorVerdicts, PooledReduction pooled, List<ReductionSector> sectors,
    List<Location> sources) implements Outcome {

  public ReductionOutcome {
    sectors = List.copyOf(sectors);
    sources = CompactList.copyOf(sources);
  }

  /** Sectors whose verdict is achieved (at or beyond the minimum, on data that may decide). */
  public int sectorsMeetingMin() {
    return sectorVerdicts.count(Verdict.ACHIEVED);
  }
}
