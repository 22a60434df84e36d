package sctb.render.report.model;

import java.util.List;

/**
 * A task at the period: the agency responsible at the due date ({@code lead}, its name; {@code lead_id}),
 * its latest status, progress and period up to now, and every agency's report for exactly this period.
 */
public record TaskView(
    String id, String title, String lead, String leadId, TaskState status, String progress, String asOf,
    List<TaskReportView> reports) {

  public TaskView {
    reports = List.copyOf(reports);
  }
}
