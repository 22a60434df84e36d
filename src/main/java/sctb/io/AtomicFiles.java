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

  /** A file's content, written to a stream (so a large report need not be one String first). */
  @FunctionalInterface
  public interface Body {
    void writeTo(java.io.Writer out) throws IOException;

    static Body of(String text) {
      return out -> out.write(text);
    }
  }

  /** Writes every file, or (on the first failure) none of the ones not yet moved, and removes its temporaries. */
  public static void writeAll(Map<Path, String> files) throws UnreadableFileException {
    Map<Path, Body> bodies = new LinkedHashMap<>();
    files.forEach((path, text) -> bodies.put(path, Body.of(text)));
    writeAllBodies(bodies);
  }

  /** {@link #writeAll} with streamed contents. */
  public static void writeAllBodies(Map<Path, Body> files) throws UnreadableFileException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Body> e : files.entrySet()) {
        if (special(e.getKey())) {
          continue;
        }
        temps.put(e.getKey(), temp(e.getKey(), e.getValue()));
      }
      for (Map.Entry<Path, Body> e : files.entrySet()) {
        if (special(e.getKey())) {
          direct(e.getKey(), e.getValue());
        }
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

  private static Path temp(Path target, Body content) throws UnreadableFileException {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      if (Files.isDirectory(target)) {
        throw new UnreadableFileException(target, "directory", null);
      }
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (java.io.Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp); // a half-written temporary is never left behind
        throw e;
      }
      return temp;
    } catch (IOException e) {
      throw new UnreadableFileException(target, "write", e);
    }
  }

  /**
   * A device or pipe ({@code -o /dev/null}, {@code -o /dev/stdout}): written into, never replaced —
   * moving a file over {@code /dev/null} as root would break the machine.
   */
  private static boolean special(Path target) {
    return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
  }

  private static void direct(Path target, Body content) throws UnreadableFileException {
    try (java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
      content.writeTo(out);
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
