package sctb.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes reports all-or-nothing: each file goes to a temporary file with a unique name in the
 * target's own folder and is moved over the target atomically, so a reader never sees half a report,
 * two runs writing the same report at once each leave a whole file, and a failed run leaves the
 * previous report as it was and no temporary files behind. A target that is a device or pipe
 * ({@code -o /dev/stdout}, {@code /dev/null}) is written straight to, never replaced.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** A file's content, written to a stream, so a large report need not be one array or String first. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;

    static Body of(byte[] bytes) {
      return out -> out.write(bytes);
    }

    static Body of(String text) {
      return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 text produced by a writer as it goes (the report JSON of a national roll-up is large). */
    static Body text(TextContent content) {
      return out -> {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        content.writeTo(writer);
        writer.flush();
      };
    }
  }

  /** Text written to a Writer. */
  @FunctionalInterface
  public interface TextContent {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes every file, or (on the first failure) none of the ones not yet moved, and removes its temporaries. */
  public static void writeAll(Map<Path, String> files) throws UnreadableFileException {
    Map<Path, Body> bodies = new LinkedHashMap<>();
    files.forEach((path, text) -> bodies.put(path, Body.of(text)));
    writeAllBodies(bodies);
  }

  /** {@link #writeAll} for bytes (CSV with a BOM, XML, Word, PDF). */
  public static void writeAllBytes(Map<Path, byte[]> files) throws UnreadableFileException {
    Map<Path, Body> bodies = new LinkedHashMap<>();
    files.forEach((path, bytes) -> bodies.put(path, Body.of(bytes)));
    writeAllBodies(bodies);
  }

  /** {@link #writeAll} with streamed contents. */
  public static void writeAllBodies(Map<Path, Body> files) throws UnreadableFileException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, Body> special = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Body> e : files.entrySet()) {
        if (special(e.getKey())) {
          special.put(e.getKey(), e.getValue());
        } else {
          Path target = real(e.getKey());
          temps.put(target, temp(target, e.getValue(), e.getKey()));
        }
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        move(e.getValue(), e.getKey());
      }
      for (Map.Entry<Path, Body> e : special.entrySet()) {
        direct(e.getKey(), e.getValue());
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

  /**
   * A device, pipe or socket (or anything under /dev, /proc or /sys): renaming a file over it would replace
   * the device node itself when run as root, so it is written in place.
   */
  static boolean special(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files2.inSystemFolder(absolute)) {
      return !Files.isDirectory(absolute);
    }
    return Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
  }

  /** A symbolic link to a file is kept: the file it points to is replaced, not the link. */
  private static Path real(Path target) {
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      try {
        return target.toRealPath();
      } catch (IOException e) {
        return target;
      }
    }
    return target;
  }

  private static void direct(Path target, Body content) throws UnreadableFileException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING))) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UnreadableFileException(target, "write", e);
    }
  }

  private static Path temp(Path target, Body content, Path asGiven) throws UnreadableFileException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      if (Files.isDirectory(target)) {
        throw new UnreadableFileException(asGiven, "directory", null);
      }
      // createTempFile picks a fresh random name: concurrent runs never share a temporary file.
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      shareable(temp, target);
      return temp;
    } catch (IOException | RuntimeException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp); // a half-written temporary is never left behind
        } catch (IOException ignored) {
          // the write already failed; that is what the user hears about
        }
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UnreadableFileException(asGiven, "write", e);
    }
  }

  /**
   * createTempFile makes owner-only files (rw-------); a report must stay readable by colleagues on a
   * shared folder, so it gets the permissions of the file it replaces, or rw-r--r-- when new.
   */
  private static void shareable(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
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
