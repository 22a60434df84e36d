package sctb.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes reports all-or-nothing: each file goes to a temporary file with a unique name in the
 * target's own folder and is moved over the target atomically, so a reader never sees half a report,
 * two runs writing the same report at once each leave a whole file, and a failed run leaves the
 * previous report as it was and no temporary files behind. A target that is a device or pipe
 * ({@code -o /dev/stdout}, {@code /dev/null}) is written straight to, never replaced.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes every file, or (on the first failure) none of the ones not yet moved, and removes its temporaries. */
  public static void writeAll(Map<Path, String> files) throws UnreadableFileException {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
    writeAllBytes(bytes);
  }

  /** {@link #writeAll} for bytes (CSV with a BOM, XML). */
  public static void writeAllBytes(Map<Path, byte[]> files) throws UnreadableFileException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    Map<Path, byte[]> special = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
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
      for (Map.Entry<Path, byte[]> e : special.entrySet()) {
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
   * A device, pipe or socket (or anything under /dev or /proc): renaming a file over it would replace
   * the device node itself when run as root, so it is written in place.
   */
  static boolean special(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
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

  private static void direct(Path target, byte[] content) throws UnreadableFileException {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(content);
    } catch (IOException e) {
      throw new UnreadableFileException(target, "write", e);
    }
  }

  private static Path temp(Path target, byte[] content, Path asGiven) throws UnreadableFileException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      if (Files.isDirectory(target)) {
        throw new UnreadableFileException(asGiven, "directory", null);
      }
      // createTempFile picks a fresh random name: concurrent runs never share a temporary file.
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.write(temp, content);
      shareable(temp, target);
      return temp;
    } catch (IOException e) {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed; that is what the user hears about
        }
      }
      throw new UnreadableFileException(asGiven, "write", e);
    }
  }

  /**
   * createTempFile makes owner-only files (rw-------); a report must stay readable by colleagues on a
   * shared folder, so it gets the permissions of the file it replaces, or rw-r--r-- when new.
   */
  private static void shareable(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
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
