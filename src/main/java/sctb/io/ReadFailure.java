package sctb.io;

/**
 * Why a file or folder could not be read; the id names its sentence in the message bundles
 * ({@code file.<id>} for the command line, {@code diag.unreadable.<id>} for a submission).
 */
public enum ReadFailure {
  MISSING("missing"),
  /** A symbolic link to nothing. */
  BROKEN_LINK("broken-link"),
  /** A folder where a file was wanted. */
  DIRECTORY("directory"),
  /** A file where a folder was wanted. */
  NOT_DIRECTORY("not-directory"),
  DENIED("denied"),
  /** A FIFO, socket or device: reading it could block forever or never end. */
  NOT_FILE("not-file"),
  /** Under /proc, /sys or /dev, directly or through a link: such files can hold the environment's secrets. */
  SYSTEM("system"),
  TOO_LARGE("too-large"),
  /** A CSV file too large for the memory sctb may use (refused before reading, the other files still checked). */
  NEEDS_MEMORY("needs-memory"),
  IO("io"),
  /** A folder of submissions holding no .csv or .xlsx file. */
  NO_SUBMISSIONS("no-csv");

  private final String id;

  ReadFailure(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
