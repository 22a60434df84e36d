package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Task;
import sctb.core.plan.TaskOutput;
import sctb.core.submission.IndicatorRow;

/** A task output (IV.2's enterprises…) judged as a count over its task's years, from zero. */
public record OutputProgress(
    TaskOutput output, Task task, Goal goal, Period asOf, BigDecimal value, Assessment assessment,
    List<IndicatorRow> rows, List<Location> sources) {

  public OutputProgress {
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
  }
}
