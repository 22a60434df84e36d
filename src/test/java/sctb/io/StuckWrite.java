package sctb.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A run stopped while it writes: writes one file through {@link AtomicFiles} whose content stops
 * after its first megabyte (saying "writing" on stdout) and never ends, for {@code TemporaryFilesTest}
 * to send it SIGINT or SIGTERM.
 */
public final class StuckWrite {
  private StuckWrite() {}

  public static void main(String[] args) throws Exception {
    AtomicFiles.writeAllBodies(Map.of(Path.of(args[0]), out -> {
      out.write(new byte[1 << 20]);
      out.flush();
      System.out.println("writing");
      System.out.flush();
      try {
        Thread.sleep(120_000);
      } catch (InterruptedException e) {
        throw new InterruptedIOException();
      }
      throw new IOException("not stopped");
    }));
  }
}
