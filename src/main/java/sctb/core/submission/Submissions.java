package sctb.core.submission;

import java.util.List;
import sctb.core.diag.Diagnostic;

/**
 * Everything read from a workspace: the accepted rows (a corrected row replaced by its correction),
 * the files read, every diagnostic, how many rows were rejected because they had errors (left out and
 * counted, never guessed), how many were set aside as rows of an indicator retired in their period (neither used
 * nor rejected: {@code sctb validate} shows them so that its row total adds up), and every correction. A streamed read ({@code sctb validate} on millions of
 * rows) keeps no rows: then the lists are empty and {@code acceptedRows} says how many there were.
 */
public record Submissions(
    List<String> files,
    List<TaskRow> tasks,
    List<IndicatorRow> indicators,
    List<Diagnostic> diagnostics,
    int rejectedRows,
    int retiredRows,
    long acceptedRows,
    List<Correction> corrections) {

  public Submissions {
    files = List.copyOf(files);
    tasks = List.copyOf(tasks);
    indicators = List.copyOf(indicators);
    diagnostics = List.copyOf(diagnostics);
    corrections = List.copyOf(corrections);
  }

  /** Without corrections. */
  public Submissions(List<String> files, List<TaskRow> tasks, List<IndicatorRow> indicators, List<Diagnostic> diagnostics,
      int rejectedRows, long acceptedRows) {
    this(files, tasks, indicators, diagnostics, rejectedRows, 0, acceptedRows, List.of());
  }

  /** Every accepted row given. */
  public Submissions(List<String> files, List<TaskRow> tasks, List<IndicatorRow> indicators, List<Diagnostic> diagnostics,
      int rejectedRows) {
    this(files, tasks, indicators, diagnostics, rejectedRows, (long) tasks.size() + indicators.size());
  }

  /** Every accepted row given, and the corrections made while reading. */
  public Submissions(List<String> files, List<TaskRow> tasks, List<IndicatorRow> indicators, List<Diagnostic> diagnostics,
      int rejectedRows, List<Correction> corrections) {
    this(files, tasks, indicators, diagnostics, rejectedRows, 0, (long) tasks.size() + indicators.size(), corrections);
  }
}
