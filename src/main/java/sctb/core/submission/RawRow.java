package sctb.core.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;

/**
 * One data row of a submission file before any rule is applied: file, physical line, cells by column,
 * and the problems its shape already has (cells beyond the header, cells missing), which reject it.
 */
public record RawRow(String file, int line, Map<Column, RawCell> cells, List<Diagnostic> problems) {

  public RawRow {
    cells = Map.copyOf(cells);
    problems = List.copyOf(problems);
  }

  public Optional<RawCell> cell(Column column) {
    return Optional.ofNullable(cells.get(column));
  }

  /** The cell's text, "" when the column is absent or blank. */
  public String text(Column column) {
    RawCell c = cells.get(column);
    return c == null || c.text() == null ? "" : c.text();
  }

  /** Where a cell is: the row's line, the cell's position and header (the row itself when the column is absent). */
  public Location at(Column column) {
    RawCell c = cells.get(column);
    return c == null ? Location.cell(file, line, 0, column.id()) : Location.cell(file, line, c.column(), c.header());
  }

  public Location at() {
    return Location.at(file, line, 0);
  }
}
