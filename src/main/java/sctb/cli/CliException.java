package sctb.cli;

/** A user-level failure with the message already worded and the exit code it warrants. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ExitCode exitCode;

  public CliException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
