package sctb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real command line in-process, as a user would, and keeps what it printed. Today is
 * {@link #TODAY} unless the environment given says otherwise, so that no test depends on the clock.
 */
public record CliRun(int exitCode, String out, String err) {

  /** The repository root (tests run from it), where plan.yaml and samples/ live. */
  public static final Path REPO = Path.of("").toAbsolutePath();
  public static final Path PLAN = REPO.resolve("plan.yaml");
  /** The day the bundled samples were made: their latest closed period is 2026H1, 2026H2 is running. */
  public static final String TODAY = "2026-11-25";

  public static CliRun run(String... args) {
    return runWithEnv(Map.of(), args);
  }

  public static CliRun runWithEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> withToday = new HashMap<>(env);
    withToday.putIfAbsent("SCTB_TODAY", TODAY);
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), withToday);
    return new CliRun(code, out.toString(), err.toString());
  }
}
