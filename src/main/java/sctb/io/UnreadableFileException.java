package sctb.io;

import java.nio.file.Path;

/**
 * A file that cannot be read or written at all (missing, a directory, no permission, disk full).
 * The command line turns it into a one-paragraph message and exit code 3.
 */
public final class UnreadableFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why, as a message-bundle key under {@code file.}: missing, directory, denied, io, write. */
  private final String reason;
  private final String path;

  public UnreadableFileException(Path path, String reason, Throwable cause) {
    super(reason + ": " + path, cause);
    this.path = path.toString();
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }

  public String path() {
    return path;
  }
}
