package sctb.io.csv;

import java.util.Arrays;

/** Maps a character offset to its physical line (1-based), counting CRLF, LF and lone CR as line ends. */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    int[] s = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (end) {
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
