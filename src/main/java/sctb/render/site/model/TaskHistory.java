package sctb.render.site.model;

import java.util.List;
import sctb.render.report.model.TaskView;

/** A task over the site's periods: its link, how the last period's report shows it ({@code latest}), and one cell per period. */
public record TaskHistory(TaskLink task, TaskView latest, List<StatusCell> cells) {

  public TaskHistory {
    cells = List.copyOf(cells);
  }
}
