package sctb.render.site.model;

/** Where an agency stood on reporting in a period: the states of the period's report, or not due to report and silent. */
public enum ReportingState {
  ON_TIME,
  LATE,
  UNDATED,
  MISSING,
  UNEXPECTED,
  NOT_DUE
}
