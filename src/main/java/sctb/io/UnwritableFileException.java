package sctb.io;

import java.nio.file.Path;

/** An output file that cannot be written: its place is a folder, or the folder is read-only, full or forbidden. */
public final class UnwritableFileException extends FileAccessException {
  private static final long serialVersionUID = 1L;
  private final WriteFailure reason;

  public UnwritableFileException(Path path, WriteFailure reason, Throwable cause) {
    super(path, reason.id(), cause);
    this.reason = reason;
  }

  public WriteFailure reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "file." + reason.id();
  }
}
