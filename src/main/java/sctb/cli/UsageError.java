package sctb.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A wrong combination or value of options, found by a command after parsing, with the message already in the user's language. */
final class UsageError extends ParameterException {
  private static final long serialVersionUID = 1L;

  UsageError(CommandLine command, String message) {
    super(command, message);
  }
}
