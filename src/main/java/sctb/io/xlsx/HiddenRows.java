package sctb.io.xlsx;

import java.util.Arrays;
import java.util.List;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.io.table.TableRecord;

/**
 * Rows of the table hidden in Excel — by hand or by a filter (AutoFilter hides the rows it leaves out):
 * they are in the file and are read and counted like any row, but the clerk who hid them may have meant
 * to leave them out of the report, and nobody opening the workbook sees them. Said once a sheet, at the
 * first such row, naming them all (docs/submissions.md, "Sổ tính Excel").
 */
final class HiddenRows {
  /** Rows named one by one in the message; more are counted. */
  private static final int NAMED = 12;

  private HiddenRows() {}

  /** The {@code hidden-rows} warning for the {@code data} rows among the first {@code count} of {@code hidden}, or null. */
  static Diagnostic warning(String file, int[] hidden, int count, List<TableRecord> data) {
    if (count == 0) {
      return null;
    }
    int[] sorted = Arrays.copyOf(hidden, count);
    Arrays.sort(sorted);
    int[] found = new int[Math.min(count, data.size())];
    int n = 0;
    for (TableRecord r : data) {
      if (n < found.length && Arrays.binarySearch(sorted, r.line()) >= 0) {
        found[n++] = r.line();
      }
    }
    if (n == 0) {
      return null;
    }
    return Diagnostic.of(Code.HIDDEN_ROWS, Location.at(file, found[0], 0), "", Integer.toString(n),
        ranges(Arrays.copyOf(found, n), Integer::toString));
  }

  /** Rows (or columns) as ranges, "5, 7–9, 12", each named by {@code name}, at most {@link #NAMED} then "…". */
  static String ranges(int[] rows, java.util.function.IntFunction<String> name) {
    StringBuilder out = new StringBuilder();
    int named = 0;
    for (int i = 0; i < rows.length && named < NAMED; ) {
      int j = i;
      while (j + 1 < rows.length && rows[j + 1] == rows[j] + 1) {
        j++;
      }
      out.append(out.length() > 0 ? ", " : "").append(name.apply(rows[i]));
      if (j > i) {
        out.append(j == i + 1 ? ", " : "–").append(name.apply(rows[j]));
      }
      named += j - i + 1;
      i = j + 1;
    }
    int total = rows.length;
    return named < total ? out + ", …" : out.toString();
  }
}
