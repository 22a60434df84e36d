package sctb.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import sctb.io.UnreadableFileException;
import sctb.io.plan.PlanReader;
import sctb.io.plan.PlanSchemaCache;

/**
 * The plan, read on a second thread while picocli builds the command line: both are ~0.1 s of
 * single-threaded work at start-up on a 2-core machine (docs/performance.md). Speculative: it reads
 * the file that {@code --plan} names (else plan.yaml) for the commands that read a plan, and a command
 * takes the result only when it asks for that same path; otherwise (or with an {@code @argument}
 * file, whose options cannot be seen here) the command reads the plan itself, as before.
 */
final class PlanPrefetch {
  static final PlanPrefetch NONE = new PlanPrefetch(null, null);
  private static final Set<String> PLAN_READERS = Set.of("report", "validate", "explain", "plan", "template");

  private final Path path;
  private final FutureTask<PlanReader.Result> task;

  private PlanPrefetch(Path path, FutureTask<PlanReader.Result> task) {
    this.path = path;
    this.task = task;
  }

  static PlanPrefetch start(String[] args, Map<String, String> env) {
    String command = Cli.firstWord(args);
    if (command == null || !PLAN_READERS.contains(command)) {
      return NONE;
    }
    String plan = "plan.yaml";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("@")) {
        return NONE;
      }
      if (a.equals("--")) {
        break;
      }
      if (a.equals("--plan") && i + 1 < args.length) {
        plan = args[++i];
      } else if (a.startsWith("--plan=")) {
        plan = a.substring("--plan=".length());
      }
    }
    Path path;
    try {
      path = Path.of(plan);
    } catch (InvalidPathException e) {
      return NONE;
    }
    FutureTask<PlanReader.Result> task = new FutureTask<>(() -> PlanReader.read(path, PlanSchemaCache.of(env)));
    Thread thread = new Thread(task, "sctb-plan");
    thread.setDaemon(true); // a usage error or --help ends the run without waiting for it
    thread.start();
    return new PlanPrefetch(path, task);
  }

  /** What reading {@code path} gave (or threw), or null when it was not read ahead. */
  PlanReader.Result resultFor(Path path) throws UnreadableFileException {
    if (task == null || !this.path.equals(path)) {
      return null;
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UnreadableFileException unreadable) {
        throw unreadable;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      return null;
    }
  }
}
