package sctb.core.submission;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;

/**
 * One data row of a submission file before any rule is applied: file, physical line, cells by column,
 * and the problems its shape already has (cells beyond the header, cells missing), which reject it.
 * The row holds its values as read and its file's {@link Layout}; a cell is looked up by column when
 * asked for (millions of rows go through here: no object per cell).
 */
public final class RawRow {
  private final Location file;
  private final int line;
  private final List<String> values;
  private final List<BigDecimal> numbers;
  private final Layout layout;
  private final List<Diagnostic> problems;

  /**
   * Where each column is in a file's rows, by {@link Column#ordinal()}: its position (0-based, -1
   * when the header does not name it) and the header text written above it. Filled once by the
   * reader that maps the header, then only read (rows share it).
   */
  public static final class Layout {
    private final int[] positions = new int[Column.values().length];
    private final String[] headers = new String[Column.values().length];

    public Layout() {
      Arrays.fill(positions, -1);
    }

    /** Records that {@code column} is at {@code position} under the header text {@code header}. */
    public void put(Column column, int position, String header) {
      positions[column.ordinal()] = position;
      headers[column.ordinal()] = header;
    }

    /**
     * Where the column's cell of line {@code line} is: its position and the header written above it
     * (the row itself when the header does not name the column).
     */
    public Location at(String file, int line, Column column) {
      int p = positions[column.ordinal()];
      return p < 0 ? Location.at(file, line, 0) : Location.cell(file, line, p + 1, headers[column.ordinal()]);
    }

    /** The header text written above the column, or null when the header does not name it. */
    public String header(Column column) {
      return headers[column.ordinal()];
    }

    /** The column number {@link #at} gives the column's cell (0: the row itself). */
    public int columnNumber(Column column) {
      int p = positions[column.ordinal()];
      return p < 0 ? 0 : p + 1;
    }
  }

  /**
   * {@code file}: its file's place ({@link Location#file}, one a file, its name checked once);
   * {@code values}: the row's cells from the first column on; {@code numbers}: the numbers cells were
   * stored as (null for text cells; empty for CSV). Neither is copied: both must not change.
   */
  public RawRow(Location file, int line, List<String> values, List<BigDecimal> numbers, Layout layout,
      List<Diagnostic> problems) {
    this.file = file;
    this.line = line;
    this.values = values;
    this.numbers = numbers;
    this.layout = layout;
    this.problems = List.copyOf(problems);
  }

  public int line() {
    return line;
  }

  public List<Diagnostic> problems() {
    return problems;
  }

  /** The column's position in this row, or -1 when the header does not name it or the row is shorter. */
  private int position(Column column) {
    int p = layout.positions[column.ordinal()];
    return p < values.size() ? p : -1;
  }

  public Optional<RawCell> cell(Column column) {
    int p = position(column);
    return p < 0 ? Optional.empty()
        : Optional.of(new RawCell(values.get(p), p + 1, layout.headers[column.ordinal()], number(column)));
  }

  /** The number a spreadsheet stored in the cell, or null (a text cell, any CSV cell, an absent column). */
  public BigDecimal number(Column column) {
    int p = position(column);
    return p < 0 || p >= numbers.size() ? null : numbers.get(p);
  }

  /** The cell's text, "" when the column is absent or blank. */
  public String text(Column column) {
    int p = position(column);
    String text = p < 0 ? null : values.get(p);
    return text == null ? "" : text;
  }

  /** The first of the row's cells, in any column, that {@code test} accepts, or null. */
  public String firstCell(java.util.function.Predicate<String> test) {
    for (String value : values) {
      if (value != null && test.test(value)) {
        return value;
      }
    }
    return null;
  }

  /** True when the file's header names the column (its cell in this row may still be blank or missing). */
  public boolean hasColumn(Column column) {
    return layout.positions[column.ordinal()] >= 0;
  }

  /**
   * Where a cell is: the row's line, the cell's position and the header the file writes above it (the
   * row itself when the header does not name the column).
   */
  public Location at(Column column) {
    return layout.at(file.file(), line, column);
  }

  /** Where this row's columns are (shared by the rows of its file). */
  public Layout layout() {
    return layout;
  }

  /** The row as a whole: its line of its file. */
  public Location at() {
    return file.atLine(line);
  }
}
