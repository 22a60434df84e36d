package sctb.core.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Reporting discipline and completeness for P: the due date and the last day a report is on time (the
 * working day it moves to when the due date falls on a weekend); per agency, expected ones first in plan
 * order, then unexpected ones; the headline counts tasks reported of those assigned.
 */
public record ReportingStatus(LocalDate dueDate, LocalDate onTimeUntil, List<AgencyReporting> agencies) {

  public ReportingStatus {
    agencies = List.copyOf(agencies);
  }

  public List<String> expected() {
    return agencies.stream().filter(a -> a.state() != ReportState.UNEXPECTED).map(AgencyReporting::agency).toList();
  }

  /** Agencies that sent at least one task row for P (complete or not). */
  public List<String> received() {
    return agencies.stream()
        .filter(a -> a.state() != ReportState.UNEXPECTED && a.state() != ReportState.MISSING)
        .map(AgencyReporting::agency).toList();
  }

  /** Received agencies that reported every task of their duty and every indicator row expected. */
  public List<String> complete() {
    return agencies.stream()
        .filter(a -> a.state() != ReportState.UNEXPECTED && a.state() != ReportState.MISSING && !a.partial())
        .map(AgencyReporting::agency).toList();
  }

  /** Received agencies whose report lacks tasks of their duty or indicator rows expected. */
  public List<String> partial() {
    return agencies.stream().filter(AgencyReporting::partial).map(AgencyReporting::agency).toList();
  }

  public List<String> in(ReportState state) {
    return agencies.stream().filter(a -> a.state() == state).map(AgencyReporting::agency).toList();
  }

  /** Tasks assigned in P over every expected agency. */
  public int tasksAssigned() {
    return agencies.stream().mapToInt(a -> a.assigned().size()).sum();
  }

  /** Of those, the tasks reported. */
  public int tasksReported() {
    return agencies.stream().mapToInt(AgencyReporting::reportedOfAssigned).sum();
  }
}
