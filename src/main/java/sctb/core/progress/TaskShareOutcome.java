package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/**
 * The share of named tasks delivered: the figure, how many of the named tasks are delivered
 * ({@code delivered} null when none was ever reported), and each named task.
 */
public record TaskShareOutcome(Figure figure, Integer delivered, List<TaskProgress> tasks) implements Outcome {

  public TaskShareOutcome {
    tasks = List.copyOf(tasks);
  }

  public int named() {
    return tasks.size();
  }

  @Override
  public List<Location> sources() {
    return Sources.sorted(tasks.stream().filter(t -> t.latest() != null).map(t -> t.latest().at()));
  }
}
