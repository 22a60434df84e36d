package sctb.io.xlsx;

import java.util.BitSet;
import java.util.List;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.io.table.TableRecord;

/**
 * Columns of the table hidden in Excel: read like any column, as hidden rows are ({@link HiddenRows}), but
 * nobody opening the workbook sees them — a hidden "Mẫu số" or an old "Tử số" beside the new one decides
 * figures no reader checked. Said once a sheet, at the header, naming the hidden columns that hold
 * something (docs/submissions.md, "Sổ tính Excel").
 */
final class HiddenColumns {
  private HiddenColumns() {}

  /** The {@code hidden-columns} warning for the columns of {@code hidden} (1-based) the header or the data fill, or null. */
  static Diagnostic warning(String file, BitSet hidden, TableRecord header, List<TableRecord> data) {
    int[] found = hidden.stream().filter(c -> filled(c - 1, header, data)).toArray();
    if (found.length == 0) {
      return null;
    }
    return Diagnostic.of(Code.HIDDEN_COLUMNS, Location.at(file, header.line(), found[0]), "",
        Integer.toString(found.length), HiddenRows.ranges(found, Location::columnLetters));
  }

  private static boolean filled(int index, TableRecord header, List<TableRecord> data) {
    if (index < header.cells().size() && !header.cells().get(index).isEmpty()) {
      return true;
    }
    for (TableRecord r : data) {
      if (index < r.cells().size() && !r.cells().get(index).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
