package sctb.render.report.model;

import java.util.List;

/**
 * A task at the period: the agency responsible at the due date ({@code lead}, its name; {@code lead_id}),
 * its latest status, progress and period up to now, whether that status was reported for this period
 * ({@code reported_for_period} false: it is the last one known, from {@code as_of}), and every agency's
 * report for exactly this period; how it moved since the previous report.
 */
public record TaskView(
    String id, String title, String lead, String leadId, TaskState status, String progress, String asOf,
    boolean reportedForPeriod, List<TaskReportView> reports, TaskChangeView change) {

  public TaskView {
    reports = List.copyOf(reports);
  }
}
