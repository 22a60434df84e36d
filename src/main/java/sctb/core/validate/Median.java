package sctb.core.validate;

import java.util.Arrays;

/**
 * The median of a peer group's intensities, found by selection rather than by sorting them: the same
 * value (in {@link Double#compare} order, as {@link Arrays#sort(double[])} orders), in linear time.
 * Sorting every sector's intensities took ~9 % of the ordering thread's samples of {@code validate} at
 * 2 M rows (JFR, round 10).
 */
final class Median {
  /** A range this short is sorted instead. */
  private static final int SORTED = 16;

  private Median() {}

  /** The middle one of {@code values} (at least one) once sorted, or the mean of the two middle ones; reorders them. */
  static double of(double[] values) {
    int upper = values.length / 2;
    select(values, upper);
    if (values.length % 2 == 1) {
      return values[upper];
    }
    // Every value before the selected one sorts at or before it: the largest of them is the lower middle.
    double lower = values[0];
    for (int i = 1; i < upper; i++) {
      if (Double.compare(values[i], lower) > 0) {
        lower = values[i];
      }
    }
    return (lower + values[upper]) / 2;
  }

  /**
   * Reorders {@code a} so that {@code a[k]} is what sorting puts there, no value before it sorting
   * after it and none after it sorting before it (quickselect; a range still large after twice its
   * bits of rounds is sorted, so that no data makes it quadratic).
   */
  private static void select(double[] a, int k) {
    int from = 0;
    int to = a.length - 1;
    int rounds = 2 * (32 - Integer.numberOfLeadingZeros(a.length));
    while (to - from > SORTED) {
      if (rounds-- == 0) {
        break;
      }
      double pivot = middleOf(a[from], a[(from + to) >>> 1], a[to]);
      int i = from;
      int j = to;
      while (i <= j) {
        while (Double.compare(a[i], pivot) < 0) {
          i++;
        }
        while (Double.compare(a[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      // Now a[from..j] sort at or before the pivot, a[i..to] at or after it, and anything between is the pivot.
      if (k <= j) {
        to = j;
      } else if (k >= i) {
        from = i;
      } else {
        return;
      }
    }
    Arrays.sort(a, from, to + 1);
  }

  private static double middleOf(double x, double y, double z) {
    if (Double.compare(x, y) > 0) {
      double t = x;
      x = y;
      y = t;
    }
    if (Double.compare(y, z) > 0) {
      y = z;
    }
    return Double.compare(x, y) > 0 ? x : y;
  }
}
