package sctb.core.progress;

import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.Location;

/**
 * One agency's reporting for P (docs/methodology.md §12): its state — on time, late or undated by its
 * first submission, missing, unexpected —, the date of that first submission, the agency codes written
 * in the rows counted for it (a predecessor's included), the tasks it carries in P (after
 * successions), the tasks it reported, those missing, how many reported tasks were first submitted on
 * time, late or undated, its indicator rows against its previous report, and the rows.
 */
public record AgencyReporting(
    String agency, ReportState state, LocalDate submittedOn, List<String> reportedBy, List<String> assigned,
    List<String> tasks, List<String> missing, int onTime, int late, int undated, IndicatorDuty indicators,
    List<Location> sources) {

  public AgencyReporting {
    reportedBy = List.copyOf(reportedBy);
    assigned = List.copyOf(assigned);
    tasks = List.copyOf(tasks);
    missing = List.copyOf(missing);
    sources = List.copyOf(sources);
  }

  /** Tasks of its duty that it reported. */
  public int reportedOfAssigned() {
    return assigned.size() - missing.size();
  }

  /** Received, but not every task of its duty, or not every indicator row expected: it must say so. */
  public boolean partial() {
    return state != ReportState.MISSING && state != ReportState.UNEXPECTED
        && (!missing.isEmpty() || indicators.missing() > 0);
  }
}
