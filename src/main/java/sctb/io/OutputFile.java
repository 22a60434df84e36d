package sctb.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole output file or nothing: a temporary file next to it, then an atomic rename. */
public final class OutputFile {
  private OutputFile() {}

  public static void write(Path target, byte[] bytes) throws UnreadableFileException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed; that is what the user hears about
        }
      }
      throw new UnreadableFileException(target, "write", e);
    }
  }
}
