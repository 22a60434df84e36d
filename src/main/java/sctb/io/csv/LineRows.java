package sctb.io.csv;

import java.util.Arrays;

/**
 * Where a CSV file's lines fall among the rows Excel shows when it opens the file. A cell holding line
 * breaks (a result written on several lines) is one row in Excel but several lines in the file, so every
 * record below it is on a line further down than its row: "dòng 7" would send a clerk to another task's
 * row. Gathered as the file is parsed, one entry per record spanning lines (none for most files).
 */
public final class LineRows {
  private int[] starts = new int[0];
  private int[] shifts = new int[0];
  private int count;

  /** A record starting at {@code line} spans {@code extra} more lines. Records come in order. */
  void spans(int line, int extra) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, Math.max(8, count * 2));
      shifts = Arrays.copyOf(shifts, starts.length);
    }
    starts[count] = line;
    shifts[count] = (count == 0 ? 0 : shifts[count - 1]) + extra;
    count++;
  }

  /** The same entries as {@code other} (a pass read again replaces what the first gathered). */
  void copyOf(LineRows other) {
    starts = Arrays.copyOf(other.starts, other.count);
    shifts = Arrays.copyOf(other.shifts, other.count);
    count = other.count;
  }

  /** Whether some row of the file is not on the line of the same number. */
  public boolean shifted() {
    return count > 0;
  }

  /** Excel's row of the record starting at physical {@code line}. */
  public int rowOf(int line) {
    int i = Arrays.binarySearch(starts, 0, count, line);
    int before = i >= 0 ? i - 1 : -i - 2; // the records spanning lines that start above this line
    return before < 0 ? line : line - shifts[before];
  }
}
