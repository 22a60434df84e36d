package sctb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process, as a user would, and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

  /** The repository root (tests run from it), where plan.yaml and samples/ live. */
  public static final Path REPO = Path.of("").toAbsolutePath();
  public static final Path PLAN = REPO.resolve("plan.yaml");

  public static CliRun run(String... args) {
    return runWithEnv(Map.of(), args);
  }

  public static CliRun runWithEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), new HashMap<>(env));
    return new CliRun(code, out.toString(), err.toString());
  }
}
