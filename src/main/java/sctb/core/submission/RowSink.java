package sctb.core.submission;

/**
 * Where accepted rows go as they are read, one at a time and in file order, so that a workspace of
 * millions of rows never has to sit in memory (the engine keeps only what its rules need).
 */
public interface RowSink {
  void task(TaskRow row);

  void indicator(IndicatorRow row);

  /**
   * One row replaces another ({@link Corrections}). When the older one was handed over before
   * ({@code c.older()} has no row), forget it: the newer one is handed over next. Otherwise the newer
   * one was handed over before and the older one ({@code c.older()}'s row) never will be.
   */
  default void correction(Correction c) {}

  /**
   * {@code rows} rows of {@code file} were rejected (they had errors, or repeat an earlier row): only
   * counted, never handed over.
   */
  default void rejected(String file, int rows) {}

  /**
   * {@code rows} rows of {@code file} are of an indicator retired in their period: set aside, neither used nor
   * rejected, only counted (so that a file's row count still adds up for whoever counts its rows).
   */
  default void retired(String file, int rows) {}

  /**
   * A rejected row (see {@link #rejected}) at {@code at} names plan task {@code task}: what the problems on
   * it are about, so that they reach whoever carries that task (after a split, not the general successor).
   * Told before the file's {@link #rejected} count.
   */
  default void rejectedTask(sctb.core.diag.Location at, String task) {}

  /**
   * Forget every row handed so far: the reader is about to hand them all again, from the first file
   * (it read with an assumption about the workspace's layout that a file turned out to break).
   */
  void restart();

  /** A sink that keeps nothing (for {@code validate}, which only needs the diagnostics). */
  RowSink NONE = new RowSink() {
    @Override
    public void task(TaskRow row) {}

    @Override
    public void indicator(IndicatorRow row) {}

    @Override
    public void restart() {}
  };
}
