package sctb.core.submission;

import java.time.LocalDate;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/**
 * A row replaced by a later one for the same period and key (docs/methodology.md §14): the later one
 * was submitted on a later date, or sits in a correction file ({@link Corrections#isCorrectionFile})
 * while the earlier does not. {@code subject} says what was corrected (a task id; an indicator, its
 * sector and entity). Each side has its place and date, and its row when it is known (a reader keeps
 * no rows; the engine fills in those it kept).
 */
public record Correction(Period period, String subject, Reason reason, Side older, Side newer) {

  /** Why the newer row wins. */
  public enum Reason {
    LATER_DATE("later-date"),
    CORRECTION_FILE("correction-file");

    private final String id;

    Reason(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** One of the two rows: where it is, when it was submitted (null: not dated), and the row when known. */
  public record Side(Location at, LocalDate submittedOn, TaskRow task, IndicatorRow indicator) {
    public Side withRow(SubmittedRow row) {
      return new Side(at, submittedOn, row instanceof TaskRow t ? t : task, row instanceof IndicatorRow i ? i : indicator);
    }

    public boolean known() {
      return task != null || indicator != null;
    }
  }

  public Correction withOlder(Side side) {
    return new Correction(period, subject, reason, side, newer);
  }

  public Correction withNewer(Side side) {
    return new Correction(period, subject, reason, older, side);
  }

  /**
   * Whether the correcting row came after {@code due} (the last day a report was on time): it was submitted later,
   * or carries no date, so that it cannot be shown to have come before.
   */
  public boolean madeAfter(LocalDate due) {
    return newer.submittedOn() == null || newer.submittedOn().isAfter(due);
  }

  /** The agency that sent the correcting row, as written (that of the replaced row when the newer is not known). */
  public String agency() {
    Side known = newer.known() ? newer : older;
    return known.task() != null ? known.task().agency() : known.indicator() != null ? known.indicator().agency() : "";
  }
}
