package sctb.core.diag;

/**
 * Where a problem is: a file, a physical line (1-based, 0 when unknown), a column position (1-based,
 * 0 when unknown) and, for tables, the column's name. {@code path} is a JSON pointer into a
 * structured file (plan.yaml) that a reader turns into line and column.
 */
public record Location(String file, int line, int column, String columnName, String path) {

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
    return new Location(file, newLine, newColumn, columnName, path);
  }
}
