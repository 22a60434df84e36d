package sctb.core.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Location;

/**
 * Row locations as longs: the line in the low 32 bits, and in the high bits an index (plus one, so
 * that 0 means "no location") into a table of what the rows of a file share — file name, column,
 * sheet; in practice one entry per file. Packing is exact: {@link #unpack} gives back an equal
 * {@link Location}. Filled while rows are read, only read afterwards.
 */
final class LocationTable {
  /** 0 is never a packed location: a slot without a row. */
  static final long NONE = 0;
  private final List<Location> shapes = new ArrayList<>();
  private final Map<Location, Integer> index = new HashMap<>();
  private Location lastShape;
  private int lastIndex;

  long pack(Location at) {
    int shape;
    Location last = lastShape;
    // Rows arrive file by file: the previous row's shape almost always fits.
    if (last != null && at.file() == last.file() && at.column() == last.column() && at.columnName() == last.columnName()
        && at.path() == last.path() && at.sheet() == last.sheet()) {
      shape = lastIndex;
    } else {
      Location key = at.withLineColumn(0, at.column());
      shape = index.computeIfAbsent(key, k -> {
        shapes.add(k);
        return shapes.size() - 1;
      });
      lastShape = key;
      lastIndex = shape;
    }
    return ((long) (shape + 1) << 32) | (at.line() & 0xffffffffL);
  }

  Location unpack(long packed) {
    Location shape = shapes.get((int) (packed >>> 32) - 1);
    return shape.withLineColumn((int) packed, shape.column());
  }

  /** {@link Sources#LOCATION}'s order (file, line, column) on packed locations; then by shape, so never 0 for two different ones. */
  int compare(long a, long b) {
    int sa = (int) (a >>> 32) - 1;
    int sb = (int) (b >>> 32) - 1;
    if (sa == sb) {
      return Integer.compare((int) a, (int) b);
    }
    FileRanks ranks = ranks();
    if (ranks.distinctFiles()) {
      return Integer.compare(ranks.rankOf()[sa], ranks.rankOf()[sb]); // different files: their names decide
    }
    Location la = shapes.get(sa);
    Location lb = shapes.get(sb);
    int c = (la.file() == null ? "" : la.file()).compareTo(lb.file() == null ? "" : lb.file());
    if (c == 0) {
      c = Integer.compare((int) a, (int) b);
    }
    if (c == 0) {
      c = Integer.compare(la.column(), lb.column());
    }
    return c != 0 ? c : Integer.compare(sa, sb);
  }

  /** The packed locations in {@code values[0, n)} other than {@link #NONE}, sorted and without repeats, in a new array. */
  long[] sortedDistinct(long[] values, int n) {
    long[] kept = new long[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (values[i] != NONE) {
        kept[k++] = values[i];
      }
    }
    sort(kept, k);
    int d = 0;
    for (int i = 0; i < k; i++) {
      if (d == 0 || kept[d - 1] != kept[i]) {
        kept[d++] = kept[i];
      }
    }
    return d == kept.length ? kept : Arrays.copyOf(kept, d);
  }

  /**
   * {@code values[0, n)} sorted by {@link #compare}: when no two shapes share a file name, as plain
   * longs of the file's rank and the line (the JDK's sort of primitives, no comparator; the 2.02 M-row
   * report's panels spent 16 of 66 samples in the comparator's merge sort); else by the comparator.
   */
  private void sort(long[] values, int n) {
    if (!comparesAsLongs()) {
      LongSort.sort(values, n, this::compare);
      return;
    }
    for (int i = 0; i < n; i++) {
      values[i] = asOrderedLong(values[i]);
    }
    Arrays.sort(values, 0, n);
    for (int i = 0; i < n; i++) {
      values[i] = fromOrderedLong(values[i]);
    }
  }

  /** Whether no two shapes share a file name, so that {@link #asOrderedLong} orders locations as {@link #compare} does. */
  boolean comparesAsLongs() {
    return ranks().distinctFiles();
  }

  /**
   * A packed location as a long of its file's rank and its line, which as a plain long orders as
   * {@link #compare} (when {@link #comparesAsLongs}); {@link #fromOrderedLong} gives it back.
   */
  long asOrderedLong(long packed) {
    // The line flipped to sort as an unsigned int in the low half as it compares as a signed one.
    return (long) ranks().rankOf()[(int) (packed >>> 32) - 1] << 32 | (((int) packed ^ Integer.MIN_VALUE) & 0xffffffffL);
  }

  long fromOrderedLong(long ordered) {
    return (long) (ranks().shapeOf()[(int) (ordered >>> 32)] + 1) << 32 | (((int) ordered ^ Integer.MIN_VALUE) & 0xffffffffL);
  }

  /**
   * The shapes ranked by file name ({@code rankOf}, and {@code shapeOf} the other way), and whether
   * no two share a file name, so that two locations of different shapes compare as their files do.
   */
  private record FileRanks(int[] rankOf, int[] shapeOf, boolean distinctFiles) {}

  /** Made again when a shape was added since; published whole, so that threads reading the table at the end may share it. */
  private volatile FileRanks ranks = new FileRanks(new int[0], new int[0], true);

  private FileRanks ranks() {
    FileRanks r = ranks;
    return r.rankOf().length == shapes.size() ? r : rank();
  }

  private synchronized FileRanks rank() {
    int n = shapes.size();
    Integer[] byFile = new Integer[n];
    Arrays.setAll(byFile, i -> i);
    Arrays.sort(byFile, Comparator.comparing(i -> fileName(shapes.get(i))));
    int[] rankOf = new int[n];
    int[] shapeOf = new int[n];
    boolean distinct = true;
    for (int r = 0; r < n; r++) {
      rankOf[byFile[r]] = r;
      shapeOf[r] = byFile[r];
      distinct &= r == 0 || !fileName(shapes.get(byFile[r - 1])).equals(fileName(shapes.get(byFile[r])));
    }
    FileRanks made = new FileRanks(rankOf, shapeOf, distinct);
    ranks = made;
    return made;
  }

  private static String fileName(Location shape) {
    return shape.file() == null ? "" : shape.file();
  }
}
