package sctb.core.diag;

import sctb.core.text.SafeText;

/**
 * Where a problem is: a file, a physical line (1-based, 0 when unknown), a column position (1-based,
 * 0 when unknown) and, for tables, the column's name. {@code path} is a JSON pointer into a
 * structured file (plan.yaml) that a reader turns into line and column. {@code sheet} names the
 * worksheet of a workbook (null for text files): then line is the sheet's row number and column its
 * column number, so {@link #cellRef()} gives Excel's {@code Sheet1!E7}.
 */
public record Location(String file, int line, int column, String columnName, String path, String sheet) {

  /** Names from files (a file name, a column's header, a sheet name) are shown on one line, escaped, the header shortened. */
  public Location {
    file = SafeText.line(file);
    columnName = SafeText.excerpt(columnName);
    sheet = SafeText.excerpt(sheet);
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
    return new Location(file, newLine, newColumn, columnName, path, sheet);
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
}
