package sctb.render.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Set-up work (FreeMarker's configuration, parsing templates) started on a background thread, so that
 * the second core does it while the main thread reads the plan and the data (start-up:
 * docs/performance.md). {@link #get} waits and gives its result, or throws what the work threw.
 *
 * @param <T> what the work makes
 */
public final class Preparing<T> {
  private final FutureTask<T> task;

  private Preparing(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a daemon thread called {@code name} and returns at once. */
  public static <T> Preparing<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true); // never keeps a finished or failed run alive
    thread.start();
    return new Preparing<>(task);
  }

  /** Waits for the work; throws what it threw (an {@link IOException}, a runtime exception, an error). */
  public T get() throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading the templates", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }
}
