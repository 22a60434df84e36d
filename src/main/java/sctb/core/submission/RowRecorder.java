package sctb.core.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sctb.core.diag.Diagnostic;

/**
 * A sink that records every row, correction and rejection in the order the reader hands them over, so that one
 * read can be handed again to many sinks ({@link RecordedRead}), each seeing exactly what a streamed
 * read shows it.
 */
public final class RowRecorder implements RowSink {
  private final List<Consumer<RowSink>> events = new ArrayList<>();

  @Override
  public void task(TaskRow row) {
    events.add(sink -> sink.task(row));
  }

  @Override
  public void indicator(IndicatorRow row) {
    events.add(sink -> sink.indicator(row));
  }

  @Override
  public void correction(Correction c) {
    events.add(sink -> sink.correction(c));
  }

  @Override
  public void rejected(String file, int rows) {
    events.add(sink -> sink.rejected(file, rows));
  }

  @Override
  public void retired(String file, int rows) {
    events.add(sink -> sink.retired(file, rows));
  }

  @Override
  public void rejectedTask(sctb.core.diag.Location at, String task) {
    events.add(sink -> sink.rejectedTask(at, task));
  }

  @Override
  public void restart() {
    events.clear(); // the reader hands everything again
  }

  /** What was recorded, with what the read said about it. */
  public RecordedRead recorded(List<String> files, List<Diagnostic> diagnostics, int rejectedRows) {
    return new RecordedRead(events, files, diagnostics, rejectedRows);
  }
}
