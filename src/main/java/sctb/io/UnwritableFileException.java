package sctb.io;

import java.nio.file.Path;

/** An output file that cannot be written: its place is a folder, or the folder is read-only, full or forbidden. */
public final class UnwritableFileException extends FileAccessException {
  private static final long serialVersionUID = 1L;

  public UnwritableFileException(Path path, WriteFailure reason, Throwable cause) {
    super(path, reason.id(), cause);
  }
}
