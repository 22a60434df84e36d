package sctb.core.progress;

import java.util.Map;
import sctb.core.plan.TaskGroup;

/**
 * A task group's tasks counted by latest status up to P; keys are status ids plus "no-report", all
 * present, in a fixed order.
 */
public record GroupSummary(TaskGroup group, int tasks, Map<String, Integer> counts) {

  public GroupSummary {
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
  }
}
