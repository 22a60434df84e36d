package sctb.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes reports all-or-nothing: each file goes to a temporary file with a unique name in the
 * target's own folder and is moved over the target atomically, so a reader never sees half a report,
 * two runs writing the same report at once each leave a whole file, and a failed run leaves the
 * previous report as it was and no temporary files behind — also when the run is stopped by SIGINT
 * or SIGTERM (a shutdown hook), and a later run removes those a killed run left ({@link #removeStale}).
 * A target that is a device or pipe ({@code -o /dev/stdout}, {@code /dev/null}) is written straight to,
 * never replaced.
 */
public final class AtomicFiles {
  /**
   * Temporary files being written now: removed by a shutdown hook when the run is stopped (Ctrl-C,
   * SIGTERM from a CI runner's timeout), so that no {@code .….tmp} of up to hundreds of megabytes stays.
   */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
  /** A temporary file of ours untouched this long was left by a run that was killed outright: a later run removes it. */
  static final Duration STALE = Duration.ofMinutes(15);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> WRITING.forEach(AtomicFiles::deleteQuietly), "sctb-temporaries"));
  }

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
  public static void writeAll(Map<Path, String> files) throws UnwritableFileException {
    Map<Path, Body> bodies = new LinkedHashMap<>();
    files.forEach((path, text) -> bodies.put(path, Body.of(text)));
    writeAllBodies(bodies);
  }

  /** {@link #writeAll} for bytes (CSV with a BOM, XML, Word, PDF). */
  public static void writeAllBytes(Map<Path, byte[]> files) throws UnwritableFileException {
    Map<Path, Body> bodies = new LinkedHashMap<>();
    files.forEach((path, bytes) -> bodies.put(path, Body.of(bytes)));
    writeAllBodies(bodies);
  }

  /** {@link #writeAll} with streamed contents. */
  public static void writeAllBodies(Map<Path, Body> files) throws UnwritableFileException {
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
        deleteQuietly(temp);
        WRITING.remove(temp);
      }
    }
  }

  /** Best effort: the temporary name starts with "." and ends with ".tmp". */
  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // what the user hears about is the write that failed, or nothing when the run was stopped
    }
  }

  /**
   * Removes the temporary files of {@code target} ({@code .NAME.DIGITS.tmp}, the only names sctb
   * gives them) not written to for {@link #STALE}: a run killed outright (SIGKILL, power cut) could not
   * remove them. Younger ones may belong to a run writing the same report at this moment.
   */
  static void removeStale(Path dir, Path target) {
    String prefix = "." + target.getFileName() + ".";
    java.time.Instant before = java.time.Instant.now().minus(STALE);
    DirectoryStream.Filter<Path> ours = p -> {
      String f = p.getFileName().toString();
      return f.length() > prefix.length() + 4 && f.startsWith(prefix) && f.endsWith(".tmp")
          && f.substring(prefix.length(), f.length() - 4).chars().allMatch(Character::isDigit);
    };
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ours)) {
      for (Path p : found) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
          deleteQuietly(p);
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // a folder that cannot be listed: its write fails next, with the message that explains it
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

  private static void direct(Path target, Body content) throws UnwritableFileException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING))) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UnwritableFileException(target, WriteFailure.WRITE, e);
    }
  }

  private static Path temp(Path target, Body content, Path asGiven) throws UnwritableFileException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      if (Files.isDirectory(target)) {
        throw new UnwritableFileException(asGiven, WriteFailure.DIRECTORY, null);
      }
      removeStale(dir, target);
      temp = createTemporary(dir, "." + target.getFileName() + ".");
      WRITING.add(temp);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      shareable(temp, target);
      return temp;
    } catch (IOException | RuntimeException e) {
      if (temp != null) {
        deleteQuietly(temp); // a half-written temporary is never left behind
        WRITING.remove(temp);
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UnwritableFileException(asGiven, WriteFailure.WRITE, e);
    }
  }

  /**
   * A new, empty, owner-only (rw-------) file {@code PREFIX.DIGITS.tmp} in {@code dir}, as
   * {@code Files.createTempFile} makes it, but with digits from {@link ThreadLocalRandom}: createTempFile's
   * {@code SecureRandom} started the JDK's security providers and read /dev/urandom in every everyday report
   * (with the plan's former SHA-256 key, 60 classes and ~25 ms of CPU: docs/performance.md, round 12). Unpredictable
   * digits are not needed: the file is created exclusively (O_EXCL), so a name that exists already, another
   * run's or anyone's, is never opened, only passed over for another one.
   */
  private static Path createTemporary(Path dir, String prefix) throws IOException {
    FileAttribute<?>[] ownerOnly = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    while (true) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        return Files.createFile(temp, ownerOnly);
      } catch (FileAlreadyExistsException taken) {
        // a concurrent run's name (or a stale one): try another
      }
    }
  }

  /**
   * The temporary file is owner-only (rw-------); a report must stay readable by colleagues on a
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

  private static void move(Path temp, Path target) throws UnwritableFileException {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UnwritableFileException(target, Files.isDirectory(target) ? WriteFailure.DIRECTORY : WriteFailure.WRITE, e);
    }
  }
}
