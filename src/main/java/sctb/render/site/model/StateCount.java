package sctb.render.site.model;

import sctb.render.report.model.TaskState;

/** How many tasks are in a status. */
public record StateCount(TaskState status, String count) {}
