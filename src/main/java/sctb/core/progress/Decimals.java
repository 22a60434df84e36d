package sctb.core.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A column of nullable decimals kept as unscaled long + scale (9 bytes) instead of a
 * {@link BigDecimal} each (~40 bytes and a pointer); a value whose unscaled digits do not fit a long,
 * or whose scale does not fit a byte, is kept as it is on the side. {@link #get} gives back a
 * BigDecimal equal in value and scale, so nothing computed from it changes.
 */
final class Decimals {
  private static final byte NULL = Byte.MIN_VALUE;
  private static final byte ASIDE = Byte.MIN_VALUE + 1;
  private long[] unscaled;
  private byte[] scales;
  private Map<Integer, BigDecimal> aside;

  Decimals(int capacity) {
    unscaled = new long[capacity];
    scales = new byte[capacity];
  }

  int capacity() {
    return scales.length;
  }

  void grow(int capacity) {
    unscaled = Arrays.copyOf(unscaled, capacity);
    scales = Arrays.copyOf(scales, capacity);
  }

  void set(int i, BigDecimal value) {
    if (aside != null) {
      aside.remove(i);
    }
    if (value == null) {
      unscaled[i] = 0;
      scales[i] = NULL;
    } else if (value.precision() <= 18 && value.scale() > ASIDE && value.scale() <= Byte.MAX_VALUE) {
      unscaled[i] = value.unscaledValue().longValue();
      scales[i] = (byte) value.scale();
    } else {
      unscaled[i] = 0;
      scales[i] = ASIDE;
      if (aside == null) {
        aside = new HashMap<>();
      }
      aside.put(i, value);
    }
  }

  BigDecimal get(int i) {
    byte scale = scales[i];
    if (scale == NULL) {
      return null;
    }
    return scale == ASIDE ? aside.get(i) : BigDecimal.valueOf(unscaled[i], scale);
  }
}
