package sctb.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file read in chunks gives every byte, in order, whatever its size against the chunk; also into the
 * array a thread keeps, as its first file, after a longer or a shorter file, or one too long to keep;
 * a file's head into the kept array too (a file shorter than the head whole, a longer one its first
 * bytes), and the kept array is the same one throughout a file's check ({@link KeptArray#heldWhile}).
 */
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

  @ParameterizedTest
  @ValueSource(ints = {0, 1, Files2.CHUNK_BYTES - 1, Files2.CHUNK_BYTES + 1, 5 * Files2.CHUNK_BYTES / 2})
  void readsEveryByteIntoTheThreadsArrayAfterAnotherFile(int size) throws Exception {
    for (int before : new int[] {-1, Files2.CHUNK_BYTES, 10, 3 * Files2.CHUNK_BYTES}) {
      KeptArray<byte[]> kept = new KeptArray<>(byte[]::new, a -> a.length, 2 * Files2.CHUNK_BYTES);
      if (before >= 0) { // else the thread's first file
        Path other = dir.resolve("before.csv");
        Files.write(other, new byte[before]);
        Files2.readAll(other, Long.MAX_VALUE, kept);
      }
      byte[] written = new byte[size];
      new Random(size).nextBytes(written);
      Path file = dir.resolve("f.csv");
      Files.write(file, written);

      ReadBytes read = Files2.readAll(file, Long.MAX_VALUE, kept);

      assertThat(read.length()).isEqualTo(size);
      assertThat(Arrays.copyOf(read.array(), read.length())).isEqualTo(written);
      if (size > 2 * Files2.CHUNK_BYTES) {
        assertThat(read.array()).as("too long to keep: its own array").hasSize(size);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 99, 100, 101, 3 * Files2.CHUNK_BYTES})
  void readsAHeadIntoTheThreadsArrayAfterAnotherFile(int size) throws Exception {
    KeptArray<byte[]> kept = new KeptArray<>(byte[]::new, a -> a.length, 2 * Files2.CHUNK_BYTES);
    Path other = dir.resolve("before.csv");
    byte[] longer = new byte[Files2.CHUNK_BYTES];
    Arrays.fill(longer, (byte) 'x');
    Files.write(other, longer);
    Files2.readAll(other, Long.MAX_VALUE, kept);
    byte[] written = new byte[size];
    new Random(size).nextBytes(written);
    Path file = dir.resolve("f.csv");
    Files.write(file, written);

    ReadBytes head = Files2.head(file, 100, Long.MAX_VALUE, kept);

    assertThat(head.length()).isEqualTo(Math.min(size, 100));
    assertThat(Arrays.copyOf(head.array(), head.length())).isEqualTo(Arrays.copyOf(written, Math.min(size, 100)));
  }

  @Test
  void keepsTheThreadsArrayThroughAFilesCheckWhateverTheCollectorDoes() {
    KeptArray<byte[]> kept = new KeptArray<>(byte[]::new, a -> a.length, 1 << 20);
    int[] first = new int[1];
    int[] again = new int[1];
    KeptArray.heldWhile(() -> {
      first[0] = System.identityHashCode(kept.atLeast(1 << 20));
      System.gc(); // held only weakly, a collection here would take the array back
      again[0] = System.identityHashCode(kept.atLeast(1 << 20));
    });

    assertThat(again[0]).isEqualTo(first[0]);
  }

  @Test
  void anInnerHoldEndingLeavesTheOuterOnesArraysHeld() {
    KeptArray<byte[]> kept = new KeptArray<>(byte[]::new, a -> a.length, 1 << 20);
    KeptArray<char[]> other = new KeptArray<>(char[]::new, a -> a.length, 1 << 20);
    int[] first = new int[1];
    int[] again = new int[1];
    KeptArray.heldWhile(() -> {
      first[0] = System.identityHashCode(kept.atLeast(1 << 20));
      KeptArray.heldWhile(() -> other.atLeast(16));
      System.gc();
      again[0] = System.identityHashCode(kept.atLeast(1 << 20));
    });

    assertThat(again[0]).isEqualTo(first[0]);
  }
}
