package sctb.core.progress;

import java.util.Arrays;
import sctb.core.text.NameArena;

/**
 * Names of a {@link NameArena} sorted in String order ({@link NameArena#compare}) eight bytes at a
 * time, most significant first: each part of equal bytes so far is sorted by its next eight bytes as
 * one {@code long}, the name's index moving with it ({@link RadixSort}: no comparator, the values in
 * order in memory), then each run still equal is taken further. A merge sort comparing two
 * names read each pair from the arena at random, a cache miss or two per comparison: the ranks of one
 * million share entities ({@link ShareTable}) took ~160 of 240 samples of the report's serial end (round 11,
 * docs/performance.md).
 */
final class NameSort {
  /** Below this many names a part is sorted by comparing whole names (insertion sort). */
  private static final int FEW = 12;
  /** Below this many names a second thread costs more than it saves. */
  private static final int TWO_THREADS_FROM = 1 << 16;

  private final NameArena names;
  private final long[] handles;
  private final int[] order;
  private final long[] newName;
  private final int from;
  private final long[] keys;
  private final int[] moved;
  private final RadixSort radix = new RadixSort();
  /** Parts left to sort: (start, end, bytes already equal) each. */
  private int[] parts = new int[48];
  private int partCount;

  private NameSort(NameArena names, long[] handles, int[] order, int from, int to, long[] newName) {
    this.names = names;
    this.handles = handles;
    this.order = order;
    this.newName = newName;
    this.from = from;
    this.keys = new long[to - from];
    this.moved = new int[to - from];
  }

  /**
   * Sorts {@code order[from, to)} — indexes into {@code handles}, names of {@code names} — by name, and
   * sets the bit of {@code newName} (a bit a position of {@code order}) at each position whose name is
   * not the one before it, {@code from} included; equal names keep no particular order.
   */
  static void sort(NameArena names, long[] handles, int[] order, int from, int to, long[] newName) {
    if (to - from < 1) {
      return;
    }
    NameSort sort = new NameSort(names, handles, order, from, to, newName);
    sort.push(from, to, 0);
    sort.run();
  }

  /**
   * Sorts {@code order[0, n)} — indexes into {@code handles}, names of {@code names} — by name, and
   * equal names by index: the order a stable sort by name gives indexes that were ascending.
   */
  static void sortThenByIndex(NameArena names, long[] handles, int[] order, int n) {
    long[] newName = new long[(n + 63) >>> 6];
    sort(names, handles, order, 0, n, newName);
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && (newName[end >>> 6] & 1L << end) == 0) {
        end++;
      }
      if (end - start > 1) {
        Arrays.sort(order, start, end);
      }
      start = end;
    }
  }

  /**
   * As {@link #sort}, many names on two threads: once the first bytes have split them into parts, the
   * later parts (about half the names) are sorted on another thread, each thread with its own room and
   * marks. The result does not depend on which finishes first (each writes only its parts of
   * {@code order}).
   */
  static void sortOnTwoThreads(NameArena names, long[] handles, int[] order, int from, int to, long[] newName) {
    if (to - from < TWO_THREADS_FROM || !Beside.worthIt()) {
      sort(names, handles, order, from, to, newName);
      return;
    }
    NameSort first = new NameSort(names, handles, order, from, to, newName);
    first.push(from, to, 0);
    while (first.partCount == 3) { // one part: no halves yet
      first.next();
    }
    if (first.partCount == 0) {
      return;
    }
    // Parts are on the stack in the order of their positions: the last ones, about half the names, go.
    int total = 0;
    for (int p = 0; p < first.partCount; p += 3) {
      total += first.parts[p + 1] - first.parts[p];
    }
    int split = first.partCount;
    for (int given = 0; split > 3 && given < total / 2; ) {
      split -= 3;
      given += first.parts[split + 1] - first.parts[split];
    }
    long[] secondMarks = new long[newName.length];
    NameSort second = new NameSort(names, handles, order, first.parts[split], to, secondMarks);
    for (int p = split; p < first.partCount; p += 3) {
      second.push(first.parts[p], first.parts[p + 1], first.parts[p + 2]);
    }
    first.partCount = split;
    Beside<Void> later = Beside.start("sctb-sort", () -> {
      second.run();
      return null;
    });
    first.run();
    later.join();
    for (int w = 0; w < newName.length; w++) {
      newName[w] |= secondMarks[w];
    }
  }

  private void run() {
    while (partCount > 0) {
      next();
    }
  }

  private void next() {
    partCount -= 3;
    part(parts[partCount], parts[partCount + 1], parts[partCount + 2]);
  }

  private void push(int start, int end, int equalBytes) {
    if (partCount + 3 > parts.length) {
      parts = Arrays.copyOf(parts, parts.length * 2);
    }
    parts[partCount++] = start;
    parts[partCount++] = end;
    parts[partCount++] = equalBytes;
  }

  /** Sorts {@code order[start, end)}, whose names are alike in their first {@code equalBytes} bytes and differ from those around. */
  private void part(int start, int end, int equalBytes) {
    int n = end - start;
    if (n <= FEW) {
      byComparing(start, end);
      return;
    }
    for (int i = start; i < end; i++) {
      keys[i - from] = names.sortKey(handles[order[i]], equalBytes, Long.BYTES);
      moved[i - from] = order[i];
    }
    radix.sort(keys, moved, start - from, end - from);
    System.arraycopy(moved, start - from, order, start, n);
    int further = equalBytes + Long.BYTES;
    for (int run = start; run < end; ) {
      long bytes = keys[run - from];
      int runEnd = run + 1;
      while (runEnd < end && keys[runEnd - from] == bytes) {
        runEnd++;
      }
      if (runEnd - run == 1) {
        markNew(run);
      } else if (anyLonger(run, runEnd, further)) {
        push(run, runEnd, further);
      } else {
        byLength(run, runEnd); // equal up to where each ends: only a shorter one (zero bytes less) comes first
      }
      run = runEnd;
    }
  }

  private boolean anyLonger(int start, int end, int length) {
    for (int i = start; i < end; i++) {
      if (NameArena.length(handles[order[i]]) > length) {
        return true;
      }
    }
    return false;
  }

  /** A part whose names are byte for byte alike where both have bytes: by length, equal when as long. */
  private void byLength(int start, int end) {
    for (int i = start; i < end; i++) {
      keys[i - from] = (long) NameArena.length(handles[order[i]]) << 32 | (i - start);
    }
    Arrays.sort(keys, start - from, end - from);
    for (int i = start; i < end; i++) {
      moved[i - from] = order[start + (int) keys[i - from]];
      if (i == start || keys[i - from] >>> 32 != keys[i - 1 - from] >>> 32) {
        markNew(i);
      }
    }
    System.arraycopy(moved, start - from, order, start, end - start);
  }

  private void byComparing(int start, int end) {
    for (int i = start + 1; i < end; i++) {
      int o = order[i];
      int j = i;
      while (j > start && names.compare(handles[order[j - 1]], handles[o]) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = o;
    }
    for (int i = start; i < end; i++) {
      if (i == start || names.compare(handles[order[i - 1]], handles[order[i]]) != 0) {
        markNew(i);
      }
    }
  }

  private void markNew(int i) {
    newName[i >>> 6] |= 1L << i;
  }
}
