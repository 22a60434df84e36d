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
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new UnreadableFileException(path, ReadFailure.TOO_LARGE, null);
      }
      return size;
    } catch (IOException e) {
      throw new UnreadableFileException(path, ReadFailure.IO, e);
    }
  }

  /** All bytes of a file, with the reasons of failure named. */
  public static byte[] readAll(Path path, long maxBytes) throws UnreadableFileException {
    requireReadableFile(path, maxBytes);
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(path, ReadFailure.MISSING, e);
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(path, ReadFailure.DENIED, e);
    } catch (IOException e) {
      throw new UnreadableFileException(path, ReadFailure.IO, e);
    }
  }
}
