package sctb.core.progress;

/** A stable merge sort of a long array under a comparator (the JDK sorts primitives only by value). */
final class LongSort {
  interface Order {
    int compare(long a, long b);
  }

  private LongSort() {}

  static void sort(long[] values, int n, Order order) {
    if (n < 2) {
      return;
    }
    long[] buffer = new long[n];
    long[] from = values;
    long[] to = buffer;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        int k = lo;
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
      System.arraycopy(from, 0, values, 0, n);
    }
  }
}
