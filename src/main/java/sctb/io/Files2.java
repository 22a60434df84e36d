package sctb.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Reading whole files with the failures users meet named, instead of raw IOExceptions; and the one
 * rule on system folders: nothing under /proc, /sys or /dev is ever read as data (docs/security.md).
 */
public final class Files2 {
  private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  private Files2() {}

  /**
   * Whether {@code path} (made absolute; give a real path to see through links) is inside /proc, /sys
   * or /dev: process memory, the environment (with its secrets), devices that block or never end.
   */
  public static boolean inSystemFolder(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return SYSTEM_FOLDERS.stream().anyMatch(absolute::startsWith);
  }

  /**
   * Checks that {@code path} is a readable regular file (not a FIFO or device, nor anything in a
   * system folder, also through a link) no larger than {@code maxBytes}.
   */
  public static long requireReadableFile(Path path, long maxBytes) throws UnreadableFileException {
    if (Files.isDirectory(path)) {
      throw new UnreadableFileException(path, ReadFailure.DIRECTORY, null);
    }
    if (!Files.exists(path)) {
      throw new UnreadableFileException(path, Files.isSymbolicLink(path) ? ReadFailure.BROKEN_LINK : ReadFailure.MISSING, null);
    }
    if (!Files.isReadable(path)) {
      throw new UnreadableFileException(path, ReadFailure.DENIED, null);
    }
    if (!Files.isRegularFile(path)) {
      // A FIFO, socket or device: reading it could block forever or never end.
      throw new UnreadableFileException(path, ReadFailure.NOT_FILE, null);
    }
    try {
      if (inSystemFolder(path.toRealPath())) {
        // /proc/self/environ is a "regular file" of size 0 that holds every secret of the environment.
        throw new UnreadableFileException(path, ReadFailure.SYSTEM, null);
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new UnreadableFileException(path, ReadFailure.TOO_LARGE, null);
      }
      return size;
    } catch (IOException e) {
      throw new UnreadableFileException(path, ReadFailure.IO, e);
    }
  }

  /**
   * The first {@code n} bytes of a file (all of it when shorter) into an array of {@code arrays} (e.g.
   * one its thread keeps: a new array a file was ~3 % of the reading workers' bytes in validate of
   * 2 M rows, docs/performance.md round 13), after the checks of {@link #requireReadableFile}.
   */
  public static ReadBytes head(Path path, int n, long maxBytes, KeptArray<byte[]> arrays) throws UnreadableFileException {
    return read(path, maxBytes, p -> {
      try (InputStream in = Files.newInputStream(p)) {
        byte[] bytes = arrays.atLeast(n);
        return new ReadBytes(bytes, in.readNBytes(bytes, 0, n));
      }
    });
  }

  /** All bytes of a file, with the reasons of failure named. */
  public static byte[] readAll(Path path, long maxBytes) throws UnreadableFileException {
    return read(path, maxBytes, Files2::readInChunks);
  }

  /** All bytes of a file into an array of {@code arrays} (e.g. one its thread keeps), with the reasons of failure named. */
  public static ReadBytes readAll(Path path, long maxBytes, KeptArray<byte[]> arrays) throws UnreadableFileException {
    return read(path, maxBytes, p -> readInChunks(p, arrays::atLeast));
  }

  /** Bytes asked of the file at a time ({@link #readInChunks}). */
  static final int CHUNK_BYTES = 1 << 20;

  /**
   * All bytes of a file, asked for {@value #CHUNK_BYTES} bytes at a time. {@link Files#readAllBytes}
   * asks for the whole file in one call, which the JDK serves through a temporary native buffer as
   * large as the file, on each reading thread: two 30 MB submissions read side by side took 60 MB
   * outside the heap (native memory tracking, "Other"), beyond {@code -Xmx}.
   */
  static byte[] readInChunks(Path path) throws IOException {
    ReadBytes read = readInChunks(path, byte[]::new);
    return read.length() == read.array().length ? read.array() : Arrays.copyOf(read.array(), read.length());
  }

  /** The same into an array of at least the file's size from {@code arrays}. */
  private static ReadBytes readInChunks(Path path, IntFunction<byte[]> arrays) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.size(path);
      byte[] bytes = arrays.apply((int) Math.min(size, Integer.MAX_VALUE - 8));
      int n = 0;
      while (true) {
        if (n == bytes.length) {
          int next = in.read();
          if (next < 0) {
            return new ReadBytes(bytes, n);
          }
          // The file grew while it was read: go on with room for more.
          bytes = Arrays.copyOf(bytes, Math.max(n + 1, n + (n >> 1)));
          bytes[n++] = (byte) next;
        }
        int read = in.read(bytes, n, Math.min(CHUNK_BYTES, bytes.length - n));
        if (read < 0) {
          return new ReadBytes(bytes, n);
        }
        n += read;
      }
    }
  }

  /** How bytes are read from a file already checked. */
  @FunctionalInterface
  private interface Reading<T> {
    T from(Path path) throws IOException;
  }

  private static <T> T read(Path path, long maxBytes, Reading<T> reading) throws UnreadableFileException {
    requireReadableFile(path, maxBytes);
    try {
      return reading.from(path);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(path, ReadFailure.MISSING, e);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(path, ReadFailure.DENIED, e);
    } catch (IOException e) {
      throw new UnreadableFileException(path, ReadFailure.IO, e);
    }
  }
}
