package sctb.core.progress;

/** A stable merge sort of a long array under a comparator (the JDK sorts primitives only by value). */
final class LongSort {
  interface Order {
    int compare(long a, long b);
  }

  private LongSort() {}

  static void sort(long[] values, int n, Order order) {
    sort(values, 0, n, order);
  }

  /** Sorts {@code values[start, end)} only. */
  static void sort(long[] values, int start, int end, Order order) {
    int n = end - start;
    if (n < 2) {
      return;
    }
    long[] buffer = new long[end]; // indexed as values are: the part before start stays unused
    long[] from = values;
    long[] to = buffer;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = start; lo < end; lo += 2 * width) {
        int mid = Math.min(lo + width, end);
        int hi = Math.min(lo + 2 * width, end);
        int i = lo;
        int j = mid;
        int k = lo;
        if (mid < hi && order.compare(from[mid], from[mid - 1]) >= 0) {
          // Already in order (rows mostly arrive so): the merge would copy both halves as they are.
          System.arraycopy(from, lo, to, lo, hi - lo);
          continue;
        }
        while (i < mid && j < hi) {
          to[k++] = order.compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        }
        while (i < mid) {
          to[k++] = from[i++];
        }
        while (j < hi) {
          to[k++] = from[j++];
        }
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != values) {
      System.arraycopy(from, start, values, start, n);
    }
  }
}
