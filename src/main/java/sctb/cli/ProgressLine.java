package sctb.cli;

import java.io.PrintWriter;
import sctb.io.submission.ReadProgress;

/**
 * The progress indicator of long reads: one line on stderr, rewritten in place at most five times a
 * second (files and rows done, rows per second), erased at the end. Only when stderr is a terminal
 * ({@code System.console()} present; a pipe, a file or a test gets nothing) and not with
 * {@code --quiet}; {@code SCTB_PROGRESS=0} turns it off, {@code SCTB_PROGRESS=1} forces it on.
 */
final class ProgressLine implements ReadProgress {
  private static final long EVERY_NANOS = 200_000_000L;
  private static final long AFTER_NANOS = 1_000_000_000L;

  private final Session session;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long shown;
  private int width;

  private ProgressLine(Session session, PrintWriter err) {
    this.session = session;
    this.err = err;
  }

  static ReadProgress of(Session session, PrintWriter err, boolean quiet) {
    String forced = session.env().get("SCTB_PROGRESS");
    boolean on = forced != null && !forced.isBlank() ? forced.strip().equals("1") : System.console() != null;
    return quiet || !on ? ReadProgress.NONE : new ProgressLine(session, err);
  }

  @Override
  public void fileDone(int filesDone, int filesTotal, long rowsDone) {
    long now = System.nanoTime();
    boolean last = filesDone == filesTotal;
    if (last) {
      if (width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
      return;
    }
    // Short runs say nothing: the line starts after a second, then refreshes five times a second.
    if (now - started < AFTER_NANOS || now - shown < EVERY_NANOS) {
      return;
    }
    shown = now;
    long rate = rowsDone * 1_000_000_000L / Math.max(1, now - started);
    String line = session.messages().get("progress.read", filesDone, filesTotal, rowsDone, rate);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }
}
