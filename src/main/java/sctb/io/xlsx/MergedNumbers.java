package sctb.io.xlsx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.Column;
import sctb.io.table.TableRecord;

/**
 * A number cell merged down over several data rows in a column whose figures are added up (numerator,
 * denominator, spending). A merged cell's value is read into every row it covers (an agency or a sector merged
 * over its rows is read right so), so 12 models merged over two rows count 24, an amount spent on two tasks
 * counts twice. It may also be meant for each row (a denominator of 1 for each supermarket): said once a sheet,
 * naming the merged cells, not refused (docs/submissions.md, "Sổ tính Excel").
 */
final class MergedNumbers {
  /** Merged cells named one by one in the message; more are counted. */
  private static final int NAMED = 6;
  private static final Set<Column> ADDED_UP = EnumSet.of(Column.NUMERATOR, Column.DENOMINATOR, Column.SPENT_VND);

  private MergedNumbers() {}

  /** The {@code merged-number} warning for the regions of {@code merged} that repeat a number over data rows, or null. */
  static Diagnostic warning(String file, TableRecord header, List<TableRecord> data, List<SheetHandler.Merged> merged) {
    Map<Integer, TableRecord> byLine = new HashMap<>();
    for (TableRecord r : data) {
      byLine.put(r.line(), r);
    }
    List<String> regions = new ArrayList<>();
    int firstRow = 0;
    int firstColumn = 0;
    for (SheetHandler.Merged m : merged) {
      int index = m.firstColumn() - 1;
      if (m.lastRow() <= m.firstRow() || index >= header.cells().size()
          || !ADDED_UP.contains(Column.byHeader(header.cells().get(index)).orElse(null))) {
        continue;
      }
      TableRecord first = byLine.get(m.firstRow());
      if (first == null || first.number(index) == null || !coversAnother(m, byLine)) {
        continue;
      }
      if (regions.isEmpty()) {
        firstRow = m.firstRow();
        firstColumn = m.firstColumn();
      }
      regions.add(PercentCounts.reference(m.firstRow(), m.firstColumn()) + ":"
          + PercentCounts.reference(m.lastRow(), m.firstColumn()));
    }
    if (regions.isEmpty()) {
      return null;
    }
    String named = String.join(", ", regions.subList(0, Math.min(NAMED, regions.size())))
        + (regions.size() > NAMED ? ", …" : "");
    return Diagnostic.of(Code.MERGED_NUMBER, Location.at(file, firstRow, firstColumn), "",
        Integer.toString(regions.size()), named);
  }

  /** Whether the region covers a data row below its first (a sheet's rows are at most 100 000: a short walk). */
  private static boolean coversAnother(SheetHandler.Merged m, Map<Integer, TableRecord> byLine) {
    for (int row = m.firstRow() + 1; row <= m.lastRow() && row <= m.firstRow() + XlsxLimits.MAX_ROWS; row++) {
      if (byLine.containsKey(row)) {
        return true;
      }
    }
    return false;
  }
}
