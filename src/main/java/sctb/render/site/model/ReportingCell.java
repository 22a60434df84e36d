package sctb.render.site.model;

import java.util.List;

/**
 * An agency's reporting in one period: the state, the date of its latest row ("" without one), the
 * codes written in the rows counted for it (a predecessor's included) and how many tasks they cover.
 */
public record ReportingCell(PeriodLink period, ReportingState state, String submittedOn, List<String> reportedBy, String tasks) {

  public ReportingCell {
    reportedBy = List.copyOf(reportedBy);
  }
}
