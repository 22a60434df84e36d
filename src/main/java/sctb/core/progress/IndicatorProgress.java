package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Target;
import sctb.core.submission.IndicatorRow;

/**
 * One indicator at P: the phase's target (and the other phase's, as context), the overall value at
 * {@code asOf} with its assessment, per-sector figures, and everything behind them.
 * {@code numerator}/{@code denominator}: share sums; count sum; tasks delivered / named; null for a
 * reduction. {@code sectorsMeetingMin}/{@code sectorsTotal}: reduction only.
 */
public record IndicatorProgress(
    Indicator indicator,
    Target target,
    Target otherTarget,
    String baselineSource,
    Period asOf,
    BigDecimal value,
    Assessment assessment,
    BigDecimal numerator,
    BigDecimal denominator,
    Integer sectorsMeetingMin,
    Integer sectorsTotal,
    List<SectorProgress> sectors,
    List<TaskProgress> tasks,
    List<IndicatorRow> rows,
    List<Location> sources) {

  public IndicatorProgress {
    sectors = List.copyOf(sectors);
    tasks = List.copyOf(tasks);
    rows = List.copyOf(rows);
    sources = CompactList.copyOf(sources);
  }

  public java.util.Optional<SectorProgress> sector(String id) {
    return sectors.stream().filter(s -> s.sector().equals(id)).findFirst();
  }
}
