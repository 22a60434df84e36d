package sctb.core.submission;

import java.util.List;
import sctb.core.diag.Diagnostic;

/**
 * Everything read from a workspace: the accepted rows, the files read, every diagnostic, and how many
 * rows were rejected because they had errors (left out and counted, never guessed).
 */
public record Submissions(
    List<String> files,
    List<TaskRow> tasks,
    List<IndicatorRow> indicators,
    List<Diagnostic> diagnostics,
    int rejectedRows) {

  public Submissions {
    files = List.copyOf(files);
    tasks = List.copyOf(tasks);
    indicators = List.copyOf(indicators);
    diagnostics = List.copyOf(diagnostics);
  }
}
