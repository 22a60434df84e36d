package sctb.core.progress;

/** Where an agency stands on reporting for a period, by its first submission. */
public enum ReportState {
  ON_TIME("on-time"),
  LATE("late"),
  /** Received, but its first submission carries no date: not on time, and not known to be late. */
  UNDATED("undated"),
  MISSING("missing"),
  /** Sent task rows for P although no expected reporter answers through it. */
  UNEXPECTED("unexpected");

  private final String id;

  ReportState(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
