package sctb.io;

/** Why an output file could not be written; the id names its sentence ({@code file.<id>}) in the message bundles. */
public enum WriteFailure {
  /** The target is a folder. */
  DIRECTORY("directory"),
  /** Read-only folder, full disk, no permission. */
  WRITE("write");

  private final String id;

  WriteFailure(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
