package sctb.io;

import java.nio.file.Path;

/**
 * A file or folder that cannot be read or written at all. The command line turns it into one
 * sentence ({@link #messageKey()}, with the path) and exit code 3.
 */
public abstract sealed class FileAccessException extends Exception permits UnreadableFileException, UnwritableFileException {
  private static final long serialVersionUID = 1L;
  private final String path;

  FileAccessException(Path path, String why, Throwable cause) {
    super(why + ": " + path, cause);
    this.path = path.toString();
  }

  public String path() {
    return path;
  }

  /** The message-bundle key of the sentence a user reads ({@code file.missing}, {@code file.write}…). */
  public abstract String messageKey();
}
