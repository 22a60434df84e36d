package sctb.core.text;

/**
 * A text prepared to be compared by edit distance with many others: Myers' bit-parallel algorithm
 * (one machine word per column of the Levenshtein table instead of one cell), for texts of at most 64
 * ASCII characters, else the table itself ({@link Suggest#distance}). Immutable.
 */
public final class NamePattern {
  private final String text;
  /** Per ASCII character, the bit of each position of {@link #text} holding it; null: not applicable. */
  private final long[] positions;

  public NamePattern(String text) {
    this.text = text;
    this.positions = bitsOf(text);
  }

  private static long[] bitsOf(String text) {
    if (text.isEmpty() || text.length() > Long.SIZE) {
      return null;
    }
    long[] bits = new long[128];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= bits.length) {
        return null;
      }
      bits[c] |= 1L << i;
    }
    return bits;
  }

  public String text() {
    return text;
  }

  /** The Levenshtein distance between this text and {@code other}, as {@link Suggest#distance} gives it. */
  public int distanceTo(String other) {
    if (positions == null) {
      return Suggest.distance(other, text);
    }
    int m = text.length();
    long last = 1L << (m - 1);
    long plusVertical = -1L; // every cell of the first column is one more than the one above it
    long minusVertical = 0;
    int score = m;
    for (int j = 0; j < other.length(); j++) {
      char c = other.charAt(j);
      long equal = c < positions.length ? positions[c] : 0;
      long xv = equal | minusVertical;
      long xh = (((equal & plusVertical) + plusVertical) ^ plusVertical) | equal;
      long plusHorizontal = minusVertical | ~(xh | plusVertical);
      long minusHorizontal = plusVertical & xh;
      if ((plusHorizontal & last) != 0) {
        score++;
      } else if ((minusHorizontal & last) != 0) {
        score--;
      }
      // The first row grows by one a column: its horizontal step is +1, shifted in.
      plusHorizontal = (plusHorizontal << 1) | 1;
      minusHorizontal <<= 1;
      plusVertical = minusHorizontal | ~(xv | plusHorizontal);
      minusVertical = plusHorizontal & xv;
    }
    return score;
  }
}
