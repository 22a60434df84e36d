package sctb.io.csv;

import java.util.Arrays;

/** Maps a character offset to its physical line (1-based), counting CRLF, LF and lone CR as line ends. */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    int[] s = new int[16];
    int n = 1;
    if (!hasLoneCr(text)) {
      // Every line ends with LF (or CRLF): String.indexOf finds them far faster than a char loop.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
      starts = Arrays.copyOf(s, n);
      return;
    }
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

  /** A CR not followed by LF: an old Mac line end (or a CR at the very end). */
  private static boolean hasLoneCr(String text) {
    for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
        return true;
      }
    }
    return false;
  }

  int lineOf(long offset) {
    int i = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
    return i >= 0 ? i + 1 : -i - 1;
  }
}
