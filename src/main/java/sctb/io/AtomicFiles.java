package sctb.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes reports all-or-nothing: each file goes to a temporary file in the target's own folder and
 * is moved over the target atomically, so a reader never sees half a report, and a failed run
 * leaves the previous report as it was and no temporary files behind.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes every file, or (on the first failure) none of the ones not yet moved, and removes its temporaries. */
  public static void writeAll(Map<Path, String> files) throws UnreadableFileException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    writeAllBytes(bytes);
  }

  /** As {@link #writeAll}, for files already encoded (Word, PDF). */
  public static void writeAllBytes(Map<Path, byte[]> files) throws UnreadableFileException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        temps.put(e.getKey(), temp(e.getKey(), e.getValue()));
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        move(e.getValue(), e.getKey());
      }
    } finally {
      for (Path temp : temps.values()) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Best effort: the temporary name starts with "." and ends with ".tmp".
        }
      }
    }
  }

  private static Path temp(Path target, byte[] content) throws UnreadableFileException {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      if (Files.isDirectory(target)) {
        throw new UnreadableFileException(target, "directory", null);
      }
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.write(temp, content);
      return temp;
    } catch (IOException e) {
      throw new UnreadableFileException(target, "write", e);
    }
  }

  private static void move(Path temp, Path target) throws UnreadableFileException {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UnreadableFileException(target, Files.isDirectory(target) ? "directory" : "write", e);
    }
  }
}
