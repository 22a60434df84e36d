package sctb.render.report.model;

import java.util.List;

/**
 * Reporting discipline for the period: the due date, how many agencies had to report and how many
 * did, the rate, and the agencies on time, late, without a date, missing and unexpected, each list
 * with its size ({@code on_time_count}…).
 */
public record ReportingView(
    String due,
    String expectedCount,
    String receivedCount,
    String rate,
    List<ReportingAgency> onTime,
    String onTimeCount,
    List<ReportingAgency> late,
    String lateCount,
    List<ReportingAgency> undated,
    String undatedCount,
    List<ReportingAgency> missing,
    String missingCount,
    List<ReportingAgency> unexpected,
    String unexpectedCount) {

  public ReportingView {
    onTime = List.copyOf(onTime);
    late = List.copyOf(late);
    undated = List.copyOf(undated);
    missing = List.copyOf(missing);
    unexpected = List.copyOf(unexpected);
  }

  /** An agency in one of the lists: id, name, and the date of its latest row ("" when none). */
  public record ReportingAgency(String id, String name, String submittedOn) {}
}
