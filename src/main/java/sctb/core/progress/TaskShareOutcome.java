package sctb.core.progress;

import java.util.List;
import java.util.Optional;
import sctb.core.diag.Location;
import sctb.core.plan.Task;
import sctb.core.submission.TaskRow;

/**
 * The share of named tasks delivered: the figure, how many of the named tasks are delivered
 * ({@code delivered} null when none was ever reported), the named tasks, and the status row of each
 * that the figure rests on (its latest up to the cut-off; a task never reported has none).
 */
public record TaskShareOutcome(Figure figure, Integer delivered, List<Task> named, List<TaskRow> statuses)
    implements Outcome {

  public TaskShareOutcome {
    named = List.copyOf(named);
    statuses = List.copyOf(statuses);
  }

  /** The status row the figure rests on for a named task, empty when it was never reported by then. */
  public Optional<TaskRow> status(Task task) {
    return statuses.stream().filter(r -> r.task().equals(task.id())).findFirst();
  }

  @Override
  public List<Location> sources() {
    return Sources.sorted(statuses.stream().map(TaskRow::at));
  }
}
