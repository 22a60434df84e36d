package sctb.core.submission;

import java.util.List;
import java.util.function.Consumer;
import sctb.core.diag.Diagnostic;

/**
 * One read of the submissions, kept to be handed again: its rows and corrections in the reader's order
 * ({@link RowRecorder}), the files read, every diagnostic and how many rows were rejected.
 */
public final class RecordedRead {
  private final List<Consumer<RowSink>> events;
  private final List<String> files;
  private final List<Diagnostic> diagnostics;
  private final int rejectedRows;

  RecordedRead(List<Consumer<RowSink>> events, List<String> files, List<Diagnostic> diagnostics, int rejectedRows) {
    this.events = List.copyOf(events);
    this.files = List.copyOf(files);
    this.diagnostics = List.copyOf(diagnostics);
    this.rejectedRows = rejectedRows;
  }

  /** Hands every row and correction to {@code sink} as the reader did. */
  public void replay(RowSink sink) {
    events.forEach(e -> e.accept(sink));
  }

  /** The accepted rows as lists, corrections applied ({@link CollectedRows}). */
  public Submissions submissions() {
    CollectedRows rows = new CollectedRows();
    replay(rows);
    return new Submissions(files, rows.tasks(), rows.indicators(), diagnostics, rejectedRows, rows.corrections());
  }

  public List<String> files() {
    return files;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public int rejectedRows() {
    return rejectedRows;
  }
}
