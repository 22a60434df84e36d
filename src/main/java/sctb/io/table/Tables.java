package sctb.io.table;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.Column;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.Numbers;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;

/** Turns a table's header and data records into a {@link RawFile}, the same way for every format. */
public final class Tables {
  private static final List<Column> NUMERIC = List.of(Column.PROGRESS, Column.SPENT_VND, Column.NUMERATOR, Column.DENOMINATOR);

  private Tables() {}

  /**
   * Maps the header, builds the rows, decides the decimal style from the text numbers (cells stored as
   * numbers give no evidence: they have no separators) unless {@code forced}; {@code delimiter} sets
   * the default when there is no evidence (see {@link DecimalStyle#decide}).
   */
  public static RawFile toRawFile(String file, TableRecord header, List<TableRecord> data, DecimalStyle forced,
      char delimiter, List<Diagnostic> diagnostics) {
    TableHeader h = TableHeader.map(file, header, data, diagnostics);
    DecimalStyle style = forced != null ? forced : evidence(data, h.positionsOf(NUMERIC)).style(delimiter);
    boolean usable = h.kind() != null && diagnostics.stream().noneMatch(d -> d.isError()
        && (d.code() == Code.DUPLICATE_HEADER || d.code() == Code.MISSING_COLUMN || d.code() == Code.UNKNOWN_FILE_KIND));
    if (usable && data.isEmpty()) {
      // A header and nothing below it: the agency's figures are not in the file (a template saved unfilled).
      diagnostics.add(Diagnostic.of(Code.NO_ROWS, Location.at(file, header.line(), 0), "", h.kind().id()));
    }
    return new RawFile(file, h.kind(), style, new Rows(file, h, data), diagnostics, usable);
  }

  /**
   * The text numbers' evidence, read until the rest of the file can no longer change the style: a file
   * writing all its decimals one way is decided half-way through.
   */
  private static DecimalStyle.Evidence evidence(List<TableRecord> data, int[] numeric) {
    DecimalStyle.Evidence evidence = new DecimalStyle.Evidence();
    long remaining = (long) data.size() * numeric.length;
    for (TableRecord r : data) {
      if (evidence.settled(remaining)) {
        break;
      }
      remaining -= numeric.length;
      for (int position : numeric) {
        if (position >= r.cells().size() || r.number(position) != null) {
          continue; // absent, or stored as a number: no separators to learn from
        }
        Numbers.evidence(r.cells().get(position)).ifPresent(evidence::add);
      }
    }
    return evidence;
  }

  /**
   * The rows of a table, each made from its record when asked for: a file's records are held while
   * it is checked, its {@link RawRow}s only one at a time (less to keep, and less for the collector
   * to copy, on files of hundreds of thousands of rows).
   */
  private static final class Rows extends AbstractList<RawRow> implements RandomAccess {
    private final String file;
    private final TableHeader header;
    private final List<TableRecord> records;

    Rows(String file, TableHeader header, List<TableRecord> records) {
      this.file = file;
      this.header = header;
      this.records = records;
    }

    @Override
    public RawRow get(int index) {
      return header.row(file, records.get(index));
    }

    @Override
    public int size() {
      return records.size();
    }
  }
}
