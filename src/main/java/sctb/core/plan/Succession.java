package sctb.core.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * From {@code from} on, {@code successor} carries the agency's tasks and reporting duty; where the
 * tasks were split, {@code byTask} names another successor for a given task id. A null
 * {@code successor} is a transfer of single tasks (an amendment moving a task): the agency keeps its
 * other tasks and its reporting duty, and only the tasks in {@code byTask} move.
 */
public record Succession(String successor, LocalDate from, Map<String, String> byTask) {

  public Succession {
    byTask = Map.copyOf(byTask);
  }

  /** Who takes over the given task; null when the agency keeps it. */
  public String successorFor(String taskId) {
    return byTask.getOrDefault(taskId, successor);
  }

  /** True when the agency itself was replaced (merged, renamed), not only some of its tasks moved. */
  public boolean replacesAgency() {
    return successor != null;
  }
}
