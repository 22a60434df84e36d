package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;
import sctb.core.submission.IndicatorRow;

/** A share's or count's figure over the rows naming one sector, with those rows (the latest per key) and those left out. */
public record TallySector(String sector, Figure figure, List<IndicatorRow> rows, List<Omission> leftOut)
    implements SectorProgress {

  public TallySector {
    rows = CompactList.copyOf(rows);
    leftOut = List.copyOf(leftOut);
  }

  @Override
  public List<Location> sources() {
    return ShareRows.sources(rows);
  }
}
