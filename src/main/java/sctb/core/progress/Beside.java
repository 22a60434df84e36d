package sctb.core.progress;

import java.util.function.Supplier;

/**
 * Work done on a thread of its own while the caller does other work, its result taken with
 * {@link #join}: for the report's serial end, which else runs on one core while the other waits. The
 * work must not touch what the caller changes meanwhile, nor the caller what the work changes, so that
 * the result does not depend on which finishes first.
 */
final class Beside<T> {
  private final Thread thread;
  private T result;
  private Throwable failure;

  private Beside(String name, Supplier<T> work) {
    thread = new Thread(() -> {
      try {
        result = work.get();
      } catch (Throwable t) {
        failure = t;
      }
    }, name);
    thread.setDaemon(true);
  }

  /** {@code work} started on a thread named {@code name}. */
  static <T> Beside<T> start(String name, Supplier<T> work) {
    Beside<T> beside = new Beside<>(name, work);
    beside.thread.start();
    return beside;
  }

  /** Whether a second core is there to run work beside the caller's. */
  static boolean worthIt() {
    return Runtime.getRuntime().availableProcessors() > 1;
  }

  /** The work's result once it is done (what it threw, thrown here). */
  T join() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    return result;
  }
}
