package sctb.render.site.model;

import sctb.render.report.model.TaskState;

/**
 * A task in one period, as that period's report found it: its latest status up to then, whether that
 * status was reported for this very period ({@code reported}; false: carried from {@code as_of}), its
 * progress, whether the task's years include the period ({@code due}), and the agency responsible then
 * ({@code responsible}, a code).
 */
public record StatusCell(String period, TaskState status, boolean reported, String asOf, String progress, boolean due,
    String responsible) {}
