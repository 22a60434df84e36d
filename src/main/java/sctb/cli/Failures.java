package sctb.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;
import sctb.io.FileAccessException;

/**
 * A command that failed while running: its exit code (picocli's exit-code mapper) and one paragraph
 * for the user — the worded message of a user-level failure, what to check for a file, an apology
 * for a bug — with the stack trace only under {@code --debug}.
 */
final class Failures implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
  private final SctbCommand root;

  Failures(SctbCommand root) {
    this.root = root;
  }

  @Override
  public int getExitCode(Throwable failure) {
    if (failure instanceof CliException worded) {
      return worded.exitCode().code();
    }
    if (failure instanceof FileAccessException) {
      return ExitCode.FILE.code();
    }
    return ExitCode.INTERNAL.code();
  }

  @Override
  public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
    Session session = root.session();
    PrintWriter err = command.getErr();
    err.println(message(failure, session));
    if (session.debug()) {
      failure.printStackTrace(err);
    }
    return command.getExitCodeExceptionMapper().getExitCode(failure);
  }

  private static String message(Exception failure, Session session) {
    if (failure instanceof CliException worded) {
      return worded.getMessage();
    }
    if (failure instanceof FileAccessException file) {
      return session.messages().get(file.messageKey(), file.path());
    }
    return session.messages().get("cli.internal-error", String.valueOf(failure));
  }
}
