package sctb.core.plan;

import java.util.List;
import sctb.core.text.Localized;

/** A task group of the annex (I–XV) with its tasks. */
public record TaskGroup(String id, Localized title, Localized content, YearRange period, List<Task> tasks) {

  public TaskGroup {
    tasks = List.copyOf(tasks);
  }
}
