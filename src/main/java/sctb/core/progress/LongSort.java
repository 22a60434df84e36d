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

  /** Sorts {@code values[start, end)} only, with a buffer of that part's size. */
  static void sort(long[] values, int start, int end, Order order) {
    sort(values, start, end, order, new long[Math.max(end - start, 0)], 0);
  }

  /** Sorts {@code values[start, end)} with {@code buffer[bufferAt, bufferAt + end - start)} as room. */
  private static void sort(long[] values, int start, int end, Order order, long[] buffer, int bufferAt) {
    int n = end - start;
    if (n < 2) {
      return;
    }
    // Positions 0..n of the part: at values[start + p] in values, at buffer[bufferAt + p] in the buffer.
    long[] from = values;
    int fromAt = start;
    long[] to = buffer;
    int toAt = bufferAt;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        if (mid < hi && order.compare(from[fromAt + mid], from[fromAt + mid - 1]) >= 0) {
          // Already in order (rows mostly arrive so): the merge would copy both halves as they are.
          System.arraycopy(from, fromAt + lo, to, toAt + lo, hi - lo);
          continue;
        }
        merge(from, fromAt + lo, fromAt + mid, fromAt + hi, to, toAt + lo, order);
      }
      long[] t = from;
      from = to;
      to = t;
      int tAt = fromAt;
      fromAt = toAt;
      toAt = tAt;
    }
    if (from != values) {
      System.arraycopy(from, fromAt, values, start, n);
    }
  }

  /** The sorted runs {@code from[lo, mid)} and {@code from[mid, hi)} merged into {@code to} from {@code at}, ties first from the first run. */
  private static void merge(long[] from, int lo, int mid, int hi, long[] to, int at, Order order) {
    int i = lo;
    int j = mid;
    int k = at;
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
}
