package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/** One sector's judged figure for an indicator and the rows behind it: a reduction's panel, or a share's or count's rows. */
public sealed interface SectorProgress permits ReductionSector, TallySector {
  String sector();

  Figure figure();

  List<Location> sources();
}
