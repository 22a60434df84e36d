package sctb.core.progress;

import java.util.Arrays;

/**
 * Longs taken as unsigned, each with an {@code int} that moves with it, sorted in place eight bits at
 * a time from the most significant (an MSD radix sort with the "American flag" permutation: no second
 * array). For {@link NameSort}: eight bytes of each name a pass instead of the five that fitted beside
 * the name's position in one long sorted by {@link Arrays#sort(long[], int, int)} — a
 * third fewer passes, each reading every name's next bytes from the arena at random (1 M share
 * entities' names: docs/performance.md, round 14). Equal longs keep no particular order.
 */
final class RadixSort {
  /** Below this many values a bucket is sorted by insertion. */
  private static final int FEW = 64;
  private static final int DIGITS = 256;
  /**
   * Per level, where each bucket starts; and where the next value of each goes. Kept for every sort of
   * one thread's {@link NameSort}: made for each of its parts, they were 9 KB of garbage a part, and
   * the share-heavy report's peak RSS rose by 11–15 MiB (docs/performance.md, round 14).
   */
  private final int[][] starts = new int[Long.BYTES][DIGITS + 1];
  private final int[] next = new int[DIGITS];

  /** Sorts {@code keys[from, to)} as unsigned longs, moving {@code with[i]} as {@code keys[i]} moves. */
  void sort(long[] keys, int[] with, int from, int to) {
    sort(keys, with, from, to, Long.SIZE);
  }

  /** {@code keys[from, to)}, alike above bit {@code bits}: by the eight bits below it, then each bucket further. */
  private void sort(long[] keys, int[] with, int from, int to, int bits) {
    if (to - from < FEW) {
      byInsertion(keys, with, from, to);
      return;
    }
    int shift = bits - Byte.SIZE;
    int[] start = starts[shift / Byte.SIZE];
    Arrays.fill(start, 0);
    for (int i = from; i < to; i++) {
      start[((int) (keys[i] >>> shift) & 0xff) + 1]++;
    }
    boolean oneBucket = false;
    start[0] = from;
    for (int d = 1; d <= DIGITS; d++) {
      oneBucket |= start[d] == to - from;
      start[d] += start[d - 1];
    }
    if (!oneBucket) {
      permute(keys, with, shift, start);
    }
    if (shift == 0) {
      return;
    }
    for (int d = 0; d < DIGITS; d++) {
      if (start[d + 1] - start[d] > 1) {
        sort(keys, with, start[d], start[d + 1], shift);
      }
    }
  }

  /** Puts each value in its bucket ({@code start[d]} to {@code start[d + 1]}) by following cycles of swaps. */
  private void permute(long[] keys, int[] with, int shift, int[] start) {
    System.arraycopy(start, 0, next, 0, DIGITS);
    for (int d = 0; d < DIGITS; d++) {
      int end = start[d + 1];
      while (next[d] < end) {
        long key = keys[next[d]];
        int carried = with[next[d]];
        int digit = (int) (key >>> shift) & 0xff;
        while (digit != d) {
          int to = next[digit]++;
          long displacedKey = keys[to];
          int displaced = with[to];
          keys[to] = key;
          with[to] = carried;
          key = displacedKey;
          carried = displaced;
          digit = (int) (key >>> shift) & 0xff;
        }
        keys[next[d]] = key;
        with[next[d]++] = carried;
      }
    }
  }

  private static void byInsertion(long[] keys, int[] with, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long key = keys[i];
      int carried = with[i];
      int j = i;
      while (j > from && Long.compareUnsigned(keys[j - 1], key) > 0) {
        keys[j] = keys[j - 1];
        with[j] = with[j - 1];
        j--;
      }
      keys[j] = key;
      with[j] = carried;
    }
  }
}
