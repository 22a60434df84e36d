package sctb.render.report.model;

/**
 * A task against the previous report: its status, progress and the period of that row as they stood
 * then ({@code none}: not reported by then), whether its status changed since, the change of its
 * progress in percentage points ({@code +5}; "" when either is missing), and whether a correction made
 * since replaced the row that report used ({@code restated}), with the status it published then.
 */
public record TaskChangeView(
    TaskState previousStatus,
    String previousProgress,
    String previousAsOf,
    boolean changed,
    String progressDifference,
    boolean restated,
    TaskState publishedStatus) {

  static final TaskChangeView NONE = new TaskChangeView(TaskState.NONE, "", "", false, "", false, TaskState.NONE);
}
