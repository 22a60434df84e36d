package sctb.core.progress;

import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.Location;

/**
 * One agency's reporting for P: its state, the latest submission date among the rows counted for it,
 * the agency codes written in those rows (a predecessor's included), the tasks and the rows.
 */
public record AgencyReporting(
    String agency, ReportState state, LocalDate submittedOn, List<String> reportedBy, List<String> tasks,
    List<Location> sources) {

  public AgencyReporting {
    reportedBy = List.copyOf(reportedBy);
    tasks = List.copyOf(tasks);
    sources = List.copyOf(sources);
  }
}
