package sctb.core.progress;

import java.util.ArrayList;
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
    LongSort.sort(kept, k, this::compare);
    int d = 0;
    for (int i = 0; i < k; i++) {
      if (d == 0 || kept[d - 1] != kept[i]) {
        kept[d++] = kept[i];
      }
    }
    return d == kept.length ? kept : java.util.Arrays.copyOf(kept, d);
  }
}
