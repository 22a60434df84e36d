package sctb.render.collect.model;

import java.util.List;
import sctb.core.collect.IntakeState;

/**
 * One agency a reminder is about: where its report stands, the day it came ("" when nothing came or the
 * day is unknown), the tasks of its duty still missing, its indicator rows, and the errors still to fix.
 */
public record ReminderItem(AgencyView agency, IntakeState state, String receivedOn, List<TaskRef> missingTasks,
    RowsView indicatorRows, String errors) {

  public ReminderItem {
    missingTasks = List.copyOf(missingTasks);
  }
}
