package sctb.core.progress;

import java.util.List;
import sctb.core.plan.Task;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;

/**
 * A task at P: the agency responsible at P's due date, its latest row up to P (status, progress,
 * as of when; null when never reported), whether that row is for P itself ({@code reportedForP}
 * false: the status is the last one known, from an earlier period) and every agency's row for exactly P.
 */
public record TaskProgress(Task task, String responsible, TaskRow latest, boolean reportedForP,
    List<AgencyReport> reports) {

  public TaskProgress {
    reports = List.copyOf(reports);
  }

  public Status status() {
    return latest == null ? null : latest.status();
  }

  public boolean delivered() {
    return latest != null && latest.status() != null && latest.status().delivered();
  }
}
