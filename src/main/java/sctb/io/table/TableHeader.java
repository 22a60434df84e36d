package sctb.io.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.diag.Severity;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.RawRow;
import sctb.core.text.SafeText;
import sctb.core.text.Suggest;

/**
 * The header of one table (CSV or worksheet): which column is where, and the file kind. Shared by every
 * reader so that a header means the same thing, with the same diagnostics, whatever the format.
 */
public record TableHeader(FileKind kind, Column[] byPosition, String[] names, int width, RawRow.Layout layout,
    boolean besideIgnored) {

  /** Maps the header record; {@code rows} (the data below it) tell trailing empty columns apart. */
  public static TableHeader map(String file, TableRecord header, List<TableRecord> rows, List<Diagnostic> diagnostics) {
    return map(file, header, i -> columnEmpty(rows, i), diagnostics);
  }

  /** The same, whether the data holds nothing at a position told by {@code columnEmpty}. */
  public static TableHeader map(String file, TableRecord header, IntPredicate columnEmpty, List<Diagnostic> diagnostics) {
    int diagnosticsBefore = diagnostics.size();
    List<String> names = new ArrayList<>(header.cells());
    int width = names.size();
    while (width > 0 && names.get(width - 1).isEmpty() && columnEmpty.test(width - 1)) {
      width--; // Excel's trailing empty columns
    }
    int gap = SideTable.gap(names, width, columnEmpty);
    if (gap > 0) {
      diagnostics.add(SideTable.warning(file, header, gap, width, columnEmpty));
      width = gap;
    }
    Column[] byPosition = new Column[width];
    Map<Column, Integer> seen = new EnumMap<>(Column.class);
    for (int i = 0; i < width; i++) {
      String name = names.get(i);
      Location at = Location.cell(file, header.line(), i + 1, name.isEmpty() ? null : name);
      if (name.isEmpty()) {
        if (!columnEmpty.test(i)) {
          diagnostics.add(Diagnostic.of(Code.BLANK_HEADER, at, "", Integer.toString(i + 1)));
        }
        continue;
      }
      Optional<Column> column = Column.byHeader(name);
      if (column.isEmpty() && Column.isOrdinal(name)) {
        continue; // the row numbers (STT) a table has: nothing to read, nothing to warn of
      }
      if (column.isEmpty()) {
        diagnostics.add(Diagnostic.of(Code.UNKNOWN_COLUMN, at, name)
            .suggesting(Suggest.closest(name, Column.spellings()).flatMap(Column::byHeader)
                .map(c -> "column:" + c.id()).orElse(null)));
        continue;
      }
      Integer before = seen.putIfAbsent(column.get(), i);
      if (before != null) {
        diagnostics.add(Diagnostic.of(Code.DUPLICATE_HEADER, at, name, SafeText.excerpt(names.get(before)),
            Integer.toString(before + 1)));
        continue;
      }
      byPosition[i] = column.get();
    }
    FileKind kind = FileKind.of(seen.keySet());
    if (kind != null) {
      foreignColumns(file, header, kind, seen, byPosition, diagnostics);
    }
    Location headerAt = Location.at(file, header.line(), 0);
    if (kind == null && seen.isEmpty() && isTextNote(file)) {
      // A .txt with no column of ours is a note left beside the reports (ghi-chu.txt), not a broken one.
      diagnostics.subList(diagnosticsBefore, diagnostics.size()).clear();
      diagnostics.add(Diagnostic.of(Code.UNKNOWN_FILE_KIND, headerAt, file, "note").withSeverity(Severity.WARNING));
    } else if (kind == null) {
      diagnostics.add(Diagnostic.of(Code.UNKNOWN_FILE_KIND, headerAt, String.join(", ", names)));
    } else {
      for (Column required : kind.required()) {
        if (!seen.containsKey(required)) {
          diagnostics.add(Diagnostic.of(Code.MISSING_COLUMN, headerAt, required.id(), kind.id(),
              "column:" + required.id()));
        }
      }
    }
    RawRow.Layout layout = new RawRow.Layout();
    for (int i = 0; i < width; i++) {
      if (byPosition[i] != null) {
        layout.put(byPosition[i], i, names.get(i));
      }
    }
    return new TableHeader(kind, byPosition, names.subList(0, width).toArray(new String[0]), width, layout, gap > 0);
  }

  /**
   * Columns of another kind of file, which this kind never reads: said, as any unknown column, rather than
   * silently dropped. The register's "Tên cơ sở", "Tên đối tượng" in a data file name its entity, and are
   * read as such when the file has no entity column (they were dropped, and every row lost its entity).
   */
  private static void foreignColumns(String file, TableRecord header, FileKind kind, Map<Column, Integer> seen,
      Column[] byPosition, List<Diagnostic> diagnostics) {
    if (kind == FileKind.INDICATORS && seen.containsKey(Column.NAME) && !seen.containsKey(Column.ENTITY)) {
      int at = seen.remove(Column.NAME);
      seen.put(Column.ENTITY, at);
      byPosition[at] = Column.ENTITY;
    }
    for (int i = 0; i < byPosition.length; i++) {
      if (byPosition[i] != null && !kind.columns().contains(byPosition[i])) {
        String name = header.cells().get(i);
        diagnostics.add(Diagnostic.of(Code.UNKNOWN_COLUMN, Location.cell(file, header.line(), i + 1, name), name));
        seen.remove(byPosition[i]);
        byPosition[i] = null;
      }
    }
  }

  private static boolean isTextNote(String file) {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
  }

  /** The positions of the given columns in this table (absent ones left out). */
  public int[] positionsOf(List<Column> columns) {
    int[] out = new int[columns.size()];
    int n = 0;
    for (int i = 0; i < byPosition.length; i++) {
      if (byPosition[i] != null && columns.contains(byPosition[i])) {
        out[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Rows searched for the header from the top of a table (title rows may come first). */
  public static final int SEARCH_ROWS = 30;

  /**
   * Which record is the header: the one, among the first {@link #SEARCH_ROWS}, with the most cells
   * naming a known column (the first of equals), so that the title rows a sheet has above its table —
   * also when saved as CSV — are skipped. With none, the first.
   */
  public static int find(List<TableRecord> records) {
    int best = 0;
    int bestCount = 0;
    for (int i = 0; i < Math.min(records.size(), SEARCH_ROWS); i++) {
      int n = knownColumns(records.get(i));
      if (n > bestCount) {
        best = i;
        bestCount = n;
      }
    }
    return best;
  }

  /** How many of a record's cells name a known column: what tells a header row apart. */
  public static int knownColumns(TableRecord record) {
    return (int) record.cells().stream().filter(c -> !c.isEmpty() && Column.byHeader(c).isPresent()).count();
  }

  private static boolean columnEmpty(List<TableRecord> rows, int index) {
    return rows.stream().allMatch(r -> index >= r.cells().size() || r.cells().get(index).isEmpty());
  }

  /** Whether the record has something in the table's columns (not only in a {@link SideTable}'s). */
  public boolean filled(TableRecord r) {
    for (int i = 0; i < Math.min(width, r.cells().size()); i++) {
      if (!r.cells().get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * One data row of the file whose place is {@code file} ({@link Location#file}): its cells by column, and
   * its shape problems (cells beyond the header, cells missing).
   */
  public RawRow row(Location file, TableRecord r) {
    List<Diagnostic> problems = List.of();
    List<String> values = r.cells();
    for (int i = width; i < values.size() && !besideIgnored; i++) {
      if (!values.get(i).isEmpty()) {
        problems = new ArrayList<>(problems);
        problems.add(Diagnostic.of(Code.EXTRA_CELL, Location.cell(file.file(), r.line(), i + 1, null),
            values.get(i), Integer.toString(width)));
        break;
      }
    }
    if (values.size() < width) {
      int i = values.size();
      problems = new ArrayList<>(problems);
      problems.add(Diagnostic.of(Code.MISSING_CELL, Location.cell(file.file(), r.line(), i + 1, names[i]), "",
          Integer.toString(values.size()), Integer.toString(width)));
    }
    return new RawRow(file, r.line(), values, r.numbers(), layout, problems);
  }
}
