package sctb.render.report.model;

import java.util.List;
import sctb.core.progress.ReportState;

/**
 * Reporting discipline and completeness for the period: the due date — with, when it falls on a weekend,
 * its day ({@code due_weekday}: saturday, sunday) and the Monday after until which a report is still on
 * time ({@code on_time_until}; both "" otherwise) —, how many agencies had to report
 * and how many did, the rate; the tasks assigned to them (after successions) and how many of those were
 * reported, with the rate; how many agencies sent everything and how many sent a partial report; the
 * agencies on time, late, without a date, missing and unexpected, each list with its size
 * ({@code on_time_count}…); and one row per agency ({@code agencies}).
 */
public record ReportingView(
    String due,
    String dueWeekday,
    String onTimeUntil,
    String expectedCount,
    String receivedCount,
    String rate,
    String tasksAssigned,
    String tasksReported,
    String tasksRate,
    String completeCount,
    String partialCount,
    List<ReportingAgency> partial,
    List<ReportingAgency> onTime,
    String onTimeCount,
    List<ReportingAgency> late,
    String lateCount,
    List<ReportingAgency> undated,
    String undatedCount,
    List<ReportingAgency> missing,
    String missingCount,
    List<ReportingAgency> unexpected,
    String unexpectedCount,
    List<AgencyRow> agencies) {

  public ReportingView {
    partial = List.copyOf(partial);
    onTime = List.copyOf(onTime);
    late = List.copyOf(late);
    undated = List.copyOf(undated);
    missing = List.copyOf(missing);
    unexpected = List.copyOf(unexpected);
    agencies = List.copyOf(agencies);
  }

  /** An agency in one of the lists: id, name, and the date of its first submission for the period ("" when none). */
  public record ReportingAgency(String id, String name, String submittedOn) {}

  /**
   * One agency's reporting for the period: its state by its first submission and that date; the tasks
   * it carries in the period (after successions) and how many it reported, how many of those were first
   * sent on time, late or without a date; the ids of those it did not report; the indicator rows
   * expected of it (those of its previous report, less entities closed since), how many came and how
   * many came besides; and whether its report is partial (tasks or rows missing).
   */
  public record AgencyRow(
      String id,
      String name,
      ReportState state,
      String submittedOn,
      String assigned,
      String reported,
      String onTime,
      String late,
      String undated,
      List<String> missing,
      String rowsExpected,
      String rowsReceived,
      String rowsAdded,
      boolean partial) {

    public AgencyRow {
      missing = List.copyOf(missing);
    }
  }
}
