package sctb.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sctb.core.submission.Column;

/**
 * The rows under a header that are still the header, as Vietnamese official tables have them: a second
 * header row (a header merged over two rows, "Tiến độ" above "(%)", "Kinh phí (đồng)" only in the lower
 * row) and the row numbering the columns, "(1) (2) (3)…". Read as data, each gave an error in every
 * column; they are taken into the header or passed over (docs/submissions.md). Only the few rows right
 * under the header are looked at: nothing is added to the reading of the data.
 */
public final class HeaderRows {
  /** Rows under the header looked at: a second header row and the column numbers, in either order. */
  public static final int LOOKED_AT = 2;
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?(\\d{1,2})\\)?");
  private static final Pattern NOTE = Pattern.compile("\\(.*\\)");

  private HeaderRows() {}

  /** The header with the header rows under it merged in, and how many data rows they were. */
  public record Header(TableRecord header, int rowsUnder) {}

  public static Header of(TableRecord header, List<TableRecord> data) {
    TableRecord merged = header;
    int under = 0;
    while (under < Math.min(LOOKED_AT, data.size())) {
      TableRecord r = data.get(under);
      if (columnNumbers(r)) {
        under++;
      } else if (continues(merged, r)) {
        merged = merge(merged, r);
        under++;
      } else {
        break;
      }
    }
    return new Header(merged, under);
  }

  /** "(1) (2) (3)…" or "1 2 3…": at least three cells, each a number greater than the one before. */
  static boolean columnNumbers(TableRecord r) {
    int last = 0;
    int cells = 0;
    for (String cell : r.cells()) {
      if (cell.isEmpty()) {
        continue;
      }
      Matcher m = COLUMN_NUMBER.matcher(cell);
      if (!m.matches() || Integer.parseInt(m.group(1)) <= last) {
        return false;
      }
      last = Integer.parseInt(m.group(1));
      cells++;
    }
    return cells >= 3;
  }

  /**
   * A second header row: every cell it has is the header's text above it (a merged header filled down),
   * a column's name under a cell naming none (blank, or a group's label), or a note in brackets under a
   * named one ("(%)"); data
   * always has a cell that is none of these (a period, an agency).
   */
  static boolean continues(TableRecord header, TableRecord r) {
    boolean any = false;
    for (int i = 0; i < r.cells().size(); i++) {
      String cell = r.cells().get(i);
      if (cell.isEmpty()) {
        continue;
      }
      String above = i < header.cells().size() ? header.cells().get(i) : "";
      boolean headerText = cell.equals(above) || (names(cell) && !names(above))
          || (!above.isEmpty() && NOTE.matcher(cell).matches());
      if (!headerText) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** Whether a header cell names one of the template's columns. */
  private static boolean names(String cell) {
    return !cell.isEmpty() && Column.byHeader(cell).isPresent();
  }

  /**
   * The two rows as one header: the lower cell where the upper is blank or a group's label naming no column
   * ("Số liệu" over "Tử số" and "Mẫu số"), a note after the name ("Tiến độ (%)").
   */
  private static TableRecord merge(TableRecord header, TableRecord r) {
    int width = Math.max(header.cells().size(), r.cells().size());
    List<String> cells = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      String above = i < header.cells().size() ? header.cells().get(i) : "";
      String below = i < r.cells().size() ? r.cells().get(i) : "";
      cells.add(above.isEmpty() || (names(below) && !names(above)) ? below
          : below.isEmpty() || below.equals(above) ? above : above + " " + below);
    }
    return new TableRecord(header.line(), cells);
  }
}
