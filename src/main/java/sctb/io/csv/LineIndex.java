package sctb.io.csv;

import java.util.Arrays;

/** Maps a character offset to its physical line (1-based), counting CRLF, LF and lone CR as line ends. */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    this(text.toCharArray(), text.length());
  }

  /** The lines of the first {@code length} chars of {@code text}. */
  LineIndex(char[] text, int length) {
    int[] s = new int[16];
    int n = 1;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c == '\n' || c == '\r' && (i + 1 >= length || text[i + 1] != '\n')) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    starts = Arrays.copyOf(s, n);
  }

  int lineOf(long offset) {
    int i = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
    return i >= 0 ? i + 1 : -i - 1;
  }
}
