package sctb.io.table;

/**
 * The one rule for the blank characters at a cell's two ends, for CSV and workbook cells alike: Java's
 * whitespace, Unicode's spaces (the no-break space Excel leaves) and the byte-order mark.
 */
public final class CellEdges {
  private CellEdges() {}

  /** {@code value} without the blank characters at its ends. */
  public static String strip(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && blank(value.charAt(start))) {
      start++;
    }
    while (end > start && blank(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  static boolean blank(char c) {
    if (c > ' ' && c < '\u007f') {
      return false; // printable ASCII, most cells' first and last characters: no table look-up (round 11)
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
