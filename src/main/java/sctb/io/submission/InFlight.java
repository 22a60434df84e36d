package sctb.io.submission;

/**
 * The memory of the files read ahead of the one being handed over, against a budget: another file is
 * admitted while the files in flight and it fit, or when none is in flight (one file bigger than the
 * budget is read alone rather than not at all). Not thread-safe: the ordering thread alone uses it.
 */
final class InFlight {
  private final long budget;
  private long taken;
  private int files;

  InFlight(long budget) {
    this.budget = budget;
  }

  /** Whether a file taking {@code memory} may start now; if so it is counted until {@link #done}. */
  boolean admits(long memory) {
    if (files > 0 && taken + memory > budget) {
      return false;
    }
    taken += memory;
    files++;
    return true;
  }

  /** A file admitted before has been handed over. */
  void done(long memory) {
    taken -= memory;
    files--;
  }
}
