package sctb.io;

import java.nio.file.Path;
import java.util.Map;

/** Writes a whole output file or nothing: a temporary file next to it, then an atomic rename ({@link AtomicFiles}). */
public final class OutputFile {
  private OutputFile() {}

  public static void write(Path target, byte[] bytes) throws UnwritableFileException {
    AtomicFiles.writeAllBytes(Map.of(target, bytes));
  }
}
