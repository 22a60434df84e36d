package sctb.io;

import java.nio.file.Path;

/** A file or folder that cannot be read at all: missing, a folder where a file was wanted, no permission, too large. */
public final class UnreadableFileException extends FileAccessException {
  private static final long serialVersionUID = 1L;
  private final ReadFailure reason;

  public UnreadableFileException(Path path, ReadFailure reason, Throwable cause) {
    super(path, reason.id(), cause);
    this.reason = reason;
  }

  public ReadFailure reason() {
    return reason;
  }
}
