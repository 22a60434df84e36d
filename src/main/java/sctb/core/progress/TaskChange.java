package sctb.core.progress;

import java.util.List;
import sctb.core.submission.Correction;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;

/**
 * A task against the previous report: its latest row up to the previous period (null: never reported
 * by then), whether its status now differs, and, when a correction made since replaced that row, the
 * status that report was published with and the corrections.
 */
public record TaskChange(String task, TaskRow previous, Status now, boolean changed, Status published,
    List<Correction> corrections) {

  public TaskChange {
    corrections = List.copyOf(corrections);
  }

  public Status previousStatus() {
    return previous == null ? null : previous.status();
  }

  public boolean restated() {
    return !corrections.isEmpty();
  }
}
