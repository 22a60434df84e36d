package sctb.render.collect.model;

import java.util.List;

/**
 * A part of a split report that went to another successor (told to the general one, so that its
 * acknowledgement never reads as the whole report being complete): the agency that now carries the tasks,
 * those of them still owed, and the errors found on their rows.
 */
public record OtherPart(AgencyView agency, List<TaskRef> tasks, String errors) {

  public OtherPart {
    tasks = List.copyOf(tasks);
  }
}
