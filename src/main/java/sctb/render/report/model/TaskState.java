package sctb.render.report.model;

import sctb.core.submission.Status;

/** A task's status as the report shows it: one an agency reported, or {@link #NONE} when none ever did. */
public enum TaskState {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  ONGOING,
  DELAYED,
  /** Never reported. */
  NONE;

  public static TaskState of(Status status) {
    if (status == null) {
      return NONE;
    }
    return switch (status) {
      case NOT_STARTED -> NOT_STARTED;
      case IN_PROGRESS -> IN_PROGRESS;
      case DONE -> DONE;
      case ONGOING -> ONGOING;
      case DELAYED -> DELAYED;
    };
  }
}
