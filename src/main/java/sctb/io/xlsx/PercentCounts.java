package sctb.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.Column;
import sctb.io.table.TableRecord;

/**
 * Numerator and denominator cells formatted as percentages in Excel. sctb reads what the user sees (85 % is
 * 85), but these columns hold counts of objects: a clerk who typed 85 % over 100 % gets a share that looks
 * right from 85 of 100 objects that do not exist, so the register check and every sum across agencies go
 * wrong. Said once a sheet, at the first such cell, naming them (docs/submissions.md, "Sổ tính Excel").
 */
final class PercentCounts {
  /** Cells named one by one in the message; more are counted. */
  private static final int NAMED = 8;

  private PercentCounts() {}

  /** The {@code percent-count} warning for the first {@code count} percent cells below {@code header}, or null. */
  static Diagnostic warning(String file, TableRecord header, int[] rows, int[] columns, int count) {
    boolean[] counts = new boolean[header.cells().size() + 1];
    for (int i = 0; i < header.cells().size(); i++) {
      Column c = Column.byHeader(header.cells().get(i)).orElse(null);
      counts[i + 1] = c == Column.NUMERATOR || c == Column.DENOMINATOR;
    }
    List<String> cells = new ArrayList<>();
    int firstRow = 0;
    int firstColumn = 0;
    for (int i = 0; i < count; i++) {
      if (rows[i] > header.line() && columns[i] < counts.length && counts[columns[i]]) {
        if (cells.isEmpty()) {
          firstRow = rows[i];
          firstColumn = columns[i];
        }
        cells.add(reference(rows[i], columns[i]));
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    String named = String.join(", ", cells.subList(0, Math.min(NAMED, cells.size())))
        + (cells.size() > NAMED ? ", …" : "");
    return Diagnostic.of(Code.PERCENT_COUNT, Location.at(file, firstRow, firstColumn), "",
        Integer.toString(cells.size()), named);
  }

  /** The cell as Excel names it: E12. */
  static String reference(int row, int column) {
    return Location.columnLetters(column) + row;
  }
}
