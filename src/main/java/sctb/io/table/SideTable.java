package sctb.io.table;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;

/**
 * A second table, or notes, to the right of the report's table: a clerk keeps them in the same sheet, an
 * empty column between. Its header repeated the table's ("Mã nhiệm vụ" twice: {@code duplicate-header}, the
 * whole file refused) or named columns sctb does not know. The table is the columns left of the first empty
 * column (no header, nothing below) that has something right of it, when those columns make a file of their
 * own and the columns right of it add none of that kind of file — else the empty column is a gap in one table
 * (a "Ngày gửi" kept apart) and the table goes on. One {@code side-table} warning names what is left out.
 */
final class SideTable {
  private SideTable() {}

  /** The position of the empty column that ends the table among the first {@code width} of {@code names}, or -1. */
  static int gap(List<String> names, int width, IntPredicate columnEmpty) {
    for (int gap = 1; gap < width - 1; gap++) {
      if (names.get(gap).isEmpty() && columnEmpty.test(gap)) {
        return endsTable(names, gap, width) ? gap : -1;
      }
    }
    return -1;
  }

  private static boolean endsTable(List<String> names, int gap, int width) {
    Set<Column> left = columns(names, 0, gap);
    FileKind kind = FileKind.of(left);
    if (kind == null) {
      return false;
    }
    Set<Column> right = columns(names, gap + 1, width);
    if (right.stream().anyMatch(left::contains)) {
      return true; // the header again: another table
    }
    return right.stream().noneMatch(kind.columns()::contains);
  }

  private static Set<Column> columns(List<String> names, int from, int to) {
    Set<Column> out = EnumSet.noneOf(Column.class);
    for (int i = from; i < to; i++) {
      Optional<Column> column = names.get(i).isEmpty() ? Optional.empty() : Column.byHeader(names.get(i));
      column.ifPresent(out::add);
    }
    return out;
  }

  /** The warning for the columns from the one after {@code gap} to the {@code width}th, that are not read. */
  static Diagnostic warning(String file, TableRecord header, int gap, int width, IntPredicate columnEmpty) {
    int first = gap + 1;
    while (first < width - 1 && header.cells().get(first).isEmpty() && columnEmpty.test(first)) {
      first++;
    }
    String name = header.cells().get(first);
    String range = first + 1 == width ? Location.columnLetters(width)
        : Location.columnLetters(first + 1) + "–" + Location.columnLetters(width);
    return Diagnostic.of(Code.SIDE_TABLE, Location.cell(file, header.line(), first + 1, name.isEmpty() ? null : name),
        Location.columnLetters(gap + 1), range);
  }
}
