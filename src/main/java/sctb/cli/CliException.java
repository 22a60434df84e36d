package sctb.cli;

import java.util.List;
import sctb.core.diag.Diagnostic;

/**
 * A user-level failure with the message already worded and the exit code it warrants, and the input
 * problems behind it when there are some (a plan with errors), for outputs that carry them.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ExitCode exitCode;
  private final transient List<Diagnostic> diagnostics;

  public CliException(ExitCode exitCode, String message) {
    this(exitCode, message, List.of());
  }

  public CliException(ExitCode exitCode, String message, List<Diagnostic> diagnostics) {
    super(message);
    this.exitCode = exitCode;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
