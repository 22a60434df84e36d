package sctb.core.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * From {@code from} on, {@code successor} carries the agency's tasks and reporting duty; where the
 * tasks were split, {@code byTask} names another successor for a given task id.
 */
public record Succession(String successor, LocalDate from, Map<String, String> byTask) {

  public Succession {
    byTask = Map.copyOf(byTask);
  }

  /** Who takes over the given task. */
  public String successorFor(String taskId) {
    return byTask.getOrDefault(taskId, successor);
  }
}
