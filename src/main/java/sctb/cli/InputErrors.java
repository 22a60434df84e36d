package sctb.cli;

import java.util.List;
import sctb.core.diag.Diagnostic;

/**
 * The one rule for what problems in the input do to the exit code, the same in {@code validate},
 * {@code report}, {@code explain} and {@code site}: the command does its work, then exits 1 when the
 * input had an error (or, with {@code validate --strict}, a warning) so that a CI pipeline can fail on
 * bad data while the officer still gets the report; 0 otherwise.
 */
final class InputErrors {
  private InputErrors() {}

  static ExitCode exitCode(List<Diagnostic> diagnostics, boolean strict) {
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    return errors || (strict && !diagnostics.isEmpty()) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }
}
