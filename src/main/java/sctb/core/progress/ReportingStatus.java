package sctb.core.progress;

import java.time.LocalDate;
import java.util.List;

/** Reporting discipline for P: per agency, expected ones first in plan order, then unexpected ones. */
public record ReportingStatus(LocalDate dueDate, List<AgencyReporting> agencies) {

  public ReportingStatus {
    agencies = List.copyOf(agencies);
  }

  public List<String> expected() {
    return agencies.stream().filter(a -> a.state() != ReportState.UNEXPECTED).map(AgencyReporting::agency).toList();
  }

  public List<String> received() {
    return agencies.stream()
        .filter(a -> a.state() != ReportState.UNEXPECTED && a.state() != ReportState.MISSING)
        .map(AgencyReporting::agency).toList();
  }

  public List<String> in(ReportState state) {
    return agencies.stream().filter(a -> a.state() == state).map(AgencyReporting::agency).toList();
  }
}
