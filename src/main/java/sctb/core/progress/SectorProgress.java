package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;

/**
 * One sector's figure for an indicator: value at {@code asOf} (period C), its assessment, and what
 * stands behind it — for a reduction the panel detail, for a share or count the rows used.
 * {@code panelSize} is the panel's size (reduction) or the number of rows used (share, count).
 */
public record SectorProgress(
    String sector,
    Period asOf,
    BigDecimal value,
    Assessment assessment,
    Integer panelSize,
    BigDecimal weight,
    ReductionDetail reduction,
    List<IndicatorRow> rows,
    List<Location> sources) {

  public SectorProgress {
    rows = List.copyOf(rows);
    sources = CompactList.copyOf(sources);
  }
}
