package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;
import sctb.core.plan.Task;
import sctb.core.plan.TaskOutput;
import sctb.core.submission.IndicatorRow;

/** A task output (IV.2's enterprises…) judged as a count over its task's years, from zero, with the rows used. */
public record OutputProgress(TaskOutput output, Task task, Goal goal, Figure figure, List<IndicatorRow> rows) {

  public OutputProgress {
    rows = CompactList.copyOf(rows);
  }

  public List<Location> sources() {
    return ShareRows.sources(rows);
  }
}
