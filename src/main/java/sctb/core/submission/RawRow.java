package sctb.core.submission;

import java.util.List;
import java.util.Optional;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;

/**
 * One data row of a submission file before any rule is applied: file, physical line, cells by column,
 * and the problems its shape already has (cells beyond the header, cells missing), which reject it.
 * Cells are held by {@link Column#ordinal()} (one small array: millions of rows go through here).
 */
public final class RawRow {
  private static final Column[] COLUMNS = Column.values();
  private final String file;
  private final int line;
  private final RawCell[] cells;
  private final List<Diagnostic> problems;

  /** {@code cells}: indexed by {@link Column#ordinal()}, null where the column is absent; not copied. */
  public RawRow(String file, int line, RawCell[] cells, List<Diagnostic> problems) {
    if (cells.length != COLUMNS.length) {
      throw new IllegalArgumentException("one slot per column expected");
    }
    this.file = file;
    this.line = line;
    this.cells = cells;
    this.problems = List.copyOf(problems);
  }

  /** An empty slot per column, to fill and hand to the constructor. */
  public static RawCell[] slots() {
    return new RawCell[COLUMNS.length];
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public List<Diagnostic> problems() {
    return problems;
  }

  public Optional<RawCell> cell(Column column) {
    return Optional.ofNullable(cells[column.ordinal()]);
  }

  /** The number a spreadsheet stored in the cell, or null (a text cell, any CSV cell, an absent column). */
  public java.math.BigDecimal number(Column column) {
    RawCell c = cells[column.ordinal()];
    return c == null ? null : c.number();
  }

  /** The cell's text, "" when the column is absent or blank. */
  public String text(Column column) {
    RawCell c = cells[column.ordinal()];
    return c == null || c.text() == null ? "" : c.text();
  }

  /** Where a cell is: the row's line, the cell's position and header (the row itself when the column is absent). */
  public Location at(Column column) {
    RawCell c = cells[column.ordinal()];
    return c == null ? Location.cell(file, line, 0, column.id()) : Location.cell(file, line, c.column(), c.header());
  }

  public Location at() {
    return Location.at(file, line, 0);
  }
}
