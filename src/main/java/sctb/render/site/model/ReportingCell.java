package sctb.render.site.model;

import java.util.List;
import java.util.Optional;
import sctb.render.report.model.ReportingView;

/**
 * An agency's reporting in one period: the state, the date of its first submission ("" without one),
 * the codes written in the rows counted for it (a predecessor's included), and its row of that period's
 * report — tasks reported of those assigned, rows expected and received, partial — empty when not due.
 */
public record ReportingCell(PeriodLink period, ReportingState state, String submittedOn, List<String> reportedBy,
    Optional<ReportingView.AgencyRow> at) {

  public ReportingCell {
    reportedBy = List.copyOf(reportedBy);
  }
}
