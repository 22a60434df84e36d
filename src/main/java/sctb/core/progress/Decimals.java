package sctb.core.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of nullable decimals kept as unscaled digits + scale (5 or 9 bytes) instead of a
 * {@link BigDecimal} each (~40 bytes and a pointer): the digits in an int while every value's fit one
 * (shares' 0 and 1), else in a long; a value whose unscaled digits do not fit a long, or whose scale
 * does not fit a byte, is kept as it is on the side. {@link #get} gives back a BigDecimal equal in
 * value and scale, so nothing computed from it changes.
 */
final class Decimals {
  private static final byte NULL = Byte.MIN_VALUE;
  private static final byte ASIDE = Byte.MIN_VALUE + 1;
  /** Exactly one of the two holds the digits. */
  private int[] small;
  private long[] unscaled;
  private byte[] scales;
  private Map<Integer, BigDecimal> aside;

  Decimals(int capacity) {
    small = new int[capacity];
    scales = new byte[capacity];
  }

  int capacity() {
    return scales.length;
  }

  /** Grown or cut to {@code capacity}. */
  void grow(int capacity) {
    if (small != null) {
      small = Arrays.copyOf(small, capacity);
    } else {
      unscaled = Arrays.copyOf(unscaled, capacity);
    }
    scales = Arrays.copyOf(scales, capacity);
  }

  private void digits(int i, long value) {
    if (small != null && (int) value != value) {
      unscaled = new long[small.length];
      for (int j = 0; j < small.length; j++) {
        unscaled[j] = small[j];
      }
      small = null;
    }
    if (small != null) {
      small[i] = (int) value;
    } else {
      unscaled[i] = value;
    }
  }

  void set(int i, BigDecimal value) {
    if (aside != null) {
      aside.remove(i);
    }
    if (value == null) {
      digits(i, 0);
      scales[i] = NULL;
    } else if (value.precision() <= 18 && value.scale() > ASIDE && value.scale() <= Byte.MAX_VALUE) {
      // The digits without unscaledValue()'s BigInteger (a row's two figures go through here).
      digits(i, value.scale() == 0 ? value.longValue() : value.scaleByPowerOfTen(value.scale()).longValue());
      scales[i] = (byte) value.scale();
    } else {
      digits(i, 0);
      scales[i] = ASIDE;
      if (aside == null) {
        aside = new HashMap<>();
      }
      aside.put(i, value);
    }
  }

  /** Adds the value at {@code i} to {@code sum} (a missing one as 0), without a BigDecimal while it fits. */
  void addTo(DecimalSum sum, int i) {
    byte scale = scales[i];
    if (scale == ASIDE) {
      sum.add(aside.get(i));
    } else if (scale != NULL) {
      sum.add(small != null ? small[i] : unscaled[i], scale);
    }
  }

  /** Σ of the values at {@code ids[from, to)}, a missing one as 0 ({@link DecimalSum}). */
  BigDecimal sum(int[] ids, int from, int to) {
    DecimalSum sum = new DecimalSum();
    for (int k = from; k < to; k++) {
      addTo(sum, ids[k]);
    }
    return sum.value();
  }

  BigDecimal get(int i) {
    byte scale = scales[i];
    if (scale == NULL) {
      return null;
    }
    return scale == ASIDE ? aside.get(i) : BigDecimal.valueOf(small != null ? small[i] : unscaled[i], scale);
  }
}
