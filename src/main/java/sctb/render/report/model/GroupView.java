package sctb.render.report.model;

import java.util.List;

/** A task group of the plan (I–XV): its id, title in the language and its tasks in plan order. */
public record GroupView(String id, String title, List<TaskView> tasks) {

  public GroupView {
    tasks = List.copyOf(tasks);
  }
}
