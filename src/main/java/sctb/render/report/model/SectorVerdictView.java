package sctb.render.report.model;

import java.util.List;
import sctb.core.progress.Verdict;

/** A verdict given to some of a multi-sector target's sectors: how many, and their names in plan order. */
public record SectorVerdictView(Verdict status, String count, List<String> sectors) {

  public SectorVerdictView {
    sectors = List.copyOf(sectors);
  }
}
