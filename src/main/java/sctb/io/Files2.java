package sctb.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading whole files with the failures users meet named, instead of raw IOExceptions. */
public final class Files2 {
  private Files2() {}

  /** Checks that {@code path} is a readable regular file (not a FIFO or device) no larger than {@code maxBytes}. */
  public static long requireReadableFile(Path path, long maxBytes) throws UnreadableFileException {
    if (Files.isDirectory(path)) {
      throw new UnreadableFileException(path, "directory", null);
    }
    if (!Files.exists(path)) {
      throw new UnreadableFileException(path, Files.isSymbolicLink(path) ? "broken-link" : "missing", null);
    }
    if (!Files.isReadable(path)) {
      throw new UnreadableFileException(path, "denied", null);
    }
    if (!Files.isRegularFile(path)) {
      // A FIFO, socket or device: reading it could block forever or never end.
      throw new UnreadableFileException(path, "not-file", null);
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new UnreadableFileException(path, "too-large", null);
      }
      return size;
    } catch (IOException e) {
      throw new UnreadableFileException(path, "io", e);
    }
  }

  /** All bytes of a file, with the reasons of failure named. */
  public static byte[] readAll(Path path, long maxBytes) throws UnreadableFileException {
    requireReadableFile(path, maxBytes);
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(path, "missing", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(path, "denied", e);
    } catch (IOException e) {
      throw new UnreadableFileException(path, "io", e);
    }
  }
}
