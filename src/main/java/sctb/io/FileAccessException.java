package sctb.io;

import java.nio.file.Path;

/**
 * A file or folder that cannot be read or written at all. The command line turns it into one
 * sentence ({@link #messageKey()}, with the path) and exit code 3.
 */
public abstract sealed class FileAccessException extends Exception permits UnreadableFileException, UnwritableFileException {
  private static final long serialVersionUID = 1L;
  private final String path;
  private final String reasonId;

  /** {@code reasonId}: the reason's id, which names its sentence {@code file.<id>}. */
  FileAccessException(Path path, String reasonId, Throwable cause) {
    super(reasonId + ": " + path, cause);
    this.path = path.toString();
    this.reasonId = reasonId;
  }

  public String path() {
    return path;
  }

  /** The message-bundle key of the sentence a user reads ({@code file.missing}, {@code file.write}…). */
  public String messageKey() {
    return "file." + reasonId;
  }
}
