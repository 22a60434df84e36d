package sctb.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file read in chunks gives every byte, in order, whatever its size against the chunk. */
class Files2ReadTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, Files2.CHUNK_BYTES - 1, Files2.CHUNK_BYTES, Files2.CHUNK_BYTES + 1, 5 * Files2.CHUNK_BYTES / 2})
  void readsEveryByteOfAFileOfAnySize(int size) throws Exception {
    byte[] written = new byte[size];
    new Random(size).nextBytes(written);
    Path file = dir.resolve("f.csv");
    Files.write(file, written);

    assertThat(Files2.readAll(file, Long.MAX_VALUE)).isEqualTo(written);
  }
}
