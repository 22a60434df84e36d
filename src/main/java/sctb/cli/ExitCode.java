package sctb.cli;

/** The documented exit codes (README, {@code sctb --help}). */
public enum ExitCode {
  /** Everything was fine (warnings allowed unless --strict). */
  OK(0),
  /** The input has errors: plan.yaml or a submission; the messages say where ({@link InputErrors}). */
  INPUT_ERRORS(1),
  /** The command line was wrong: unknown flag, bad value, a period not begun or outside the plan. */
  USAGE(2),
  /** A file or folder could not be read or written. */
  FILE(3),
  /** Out of memory, or sctb itself failed: a bug to report (run with --debug for details). */
  INTERNAL(4),
  /** {@code status --require-all}: an agency with a duty has not sent everything it owes (no errors). */
  OWING(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
