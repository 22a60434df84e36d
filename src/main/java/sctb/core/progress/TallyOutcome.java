package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.submission.IndicatorRow;

/**
 * A share or a count over the latest row per entity: the figure, Σ numerators and (shares) Σ
 * denominators behind it (null without rows), per-sector figures for rows naming a sector, the rows
 * used, the entities left out and why, the population against the register (null: no register,
 * or not a share of register entries), and the rows used that fell below an earlier row of theirs.
 */
public record TallyOutcome(
    Figure figure, BigDecimal numerator, BigDecimal denominator, List<TallySector> sectors, List<IndicatorRow> rows,
    List<Omission> leftOut, PopulationCheck population, List<CumulativeFall> falls) implements Outcome {

  public TallyOutcome {
    sectors = List.copyOf(sectors);
    rows = CompactList.copyOf(rows);
    leftOut = List.copyOf(leftOut);
    falls = List.copyOf(falls);
  }

  @Override
  public List<Location> sources() {
    return ShareRows.sources(rows);
  }
}
