package sctb.core.diag;

import java.util.Objects;
import sctb.core.text.SafeText;

/**
 * Where a problem is: a file, a physical line (1-based, 0 when unknown), a column position (1-based,
 * 0 when unknown) and, for tables, the column's name. {@code path} is a JSON pointer into a
 * structured file (plan.yaml) that a reader turns into line and column. {@code sheet} names the
 * worksheet of a workbook (null for text files): then line is the sheet's row number and column its
 * column number, so {@link #cellRef()} gives Excel's {@code Sheet1!E7}. {@code row} is, in a text file whose
 * cells hold line breaks, the row Excel shows the line's record on when it differs from the line (0 otherwise).
 *
 * <p>A value class with a record's accessors, equality and text, not a record: a record's every
 * construction would check its file's name again, and {@link #atLine} makes each accepted row's place
 * from its file's, whose name was checked once (that check per row was ~3 % of validate's reading
 * workers' CPU at 2 M rows, docs/performance.md, round 14).
 */
public final class Location {
  private final String file;
  private final int line;
  private final int column;
  private final String columnName;
  private final String path;
  private final String sheet;
  private final int row;

  /** Names from files (a file name, a column's header, a sheet name) are shown on one line, escaped, the header shortened. */
  public Location(String file, int line, int column, String columnName, String path, String sheet) {
    this(SafeText.line(file), line, column, SafeText.excerpt(columnName), path, SafeText.excerpt(sheet), 0);
  }

  /** The values as given: already shown safely (taken from another place). */
  private Location(String file, int line, int column, String columnName, String path, String sheet, int row) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.columnName = columnName;
    this.path = path;
    this.sheet = sheet;
    this.row = row;
  }

  /** A place in a text file (no worksheet). */
  public Location(String file, int line, int column, String columnName, String path) {
    this(file, line, column, columnName, path, null);
  }

  public static Location file(String file) {
    return new Location(file, 0, 0, null, null);
  }

  public static Location at(String file, int line, int column) {
    return new Location(file, line, column, null, null);
  }

  public static Location cell(String file, int line, int column, String columnName) {
    return new Location(file, line, column, columnName, null);
  }

  /** A place in a structured document known only by its JSON pointer, to be resolved by its reader. */
  public static Location path(String file, String pointer) {
    return new Location(file, 0, 0, null, pointer);
  }

  public Location withLineColumn(int newLine, int newColumn) {
    return new Location(file, newLine, newColumn, columnName, path, sheet, 0);
  }

  /** Line {@code newLine} of this place's file, as {@link #at} gives it (no column, no worksheet): the file's name not checked again. */
  public Location atLine(int newLine) {
    return new Location(file, newLine, 0, null, null, null, 0);
  }

  /** The same place, shown on Excel's row {@code excelRow} (a text file's line below cells with line breaks). */
  public Location onRow(int excelRow) {
    return new Location(file, line, column, columnName, path, sheet, excelRow == line ? 0 : excelRow);
  }

  /** Excel's row of this line of a text file, when not the line's number; else 0. */
  public int row() {
    return row;
  }

  /** The same place, in the named worksheet. */
  public Location inSheet(String sheetName) {
    return new Location(file, line, column, columnName, path, sheetName);
  }

  /**
   * Excel's reference to the place: {@code Sheet1!E7} for a cell, {@code Sheet1!7:7} for a row,
   * {@code Sheet1} for the sheet as a whole (a name with spaces or {@code !} quoted as Excel does:
   * {@code 'Nhiệm vụ'!E7}); null outside a workbook.
   */
  public String cellRef() {
    if (sheet == null) {
      return null;
    }
    String name = sheet.matches("[^\\s!']+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    if (line <= 0) {
      return name;
    }
    return column > 0 ? name + "!" + columnLetters(column) + line : name + "!" + line + ":" + line;
  }

  /** 1 → A, 26 → Z, 27 → AA: Excel's column letters. */
  public static String columnLetters(int column) {
    StringBuilder out = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      out.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return out.toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String columnName() {
    return columnName;
  }

  public String path() {
    return path;
  }

  public String sheet() {
    return sheet;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && line == l.line && column == l.column && Objects.equals(file, l.file)
        && Objects.equals(columnName, l.columnName) && Objects.equals(path, l.path) && Objects.equals(sheet, l.sheet)
        && row == l.row;
  }

  /** A record's hash of the same components (31 times the hash so far plus each one's, from 0): maps keyed by places keep their order. */
  @Override
  public int hashCode() {
    int h = Objects.hashCode(file);
    h = 31 * h + line;
    h = 31 * h + column;
    h = 31 * h + Objects.hashCode(columnName);
    h = 31 * h + Objects.hashCode(path);
    int place = 31 * h + Objects.hashCode(sheet);
    return row == 0 ? place : 31 * place + row; // unchanged for the places of every file whose lines are its rows
  }

  /** As a record would write it. */
  @Override
  public String toString() {
    return "Location[file=" + file + ", line=" + line + ", column=" + column + ", columnName=" + columnName
        + ", path=" + path + ", sheet=" + sheet + (row == 0 ? "" : ", row=" + row) + "]";
  }
}
