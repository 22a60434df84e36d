package sctb.io.table;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.Column;
import sctb.core.submission.DateOrder;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.Numbers;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;

/** Turns a table's header and data records into a {@link RawFile}, the same way for every format. */
public final class Tables {
  private static final List<Column> NUMERIC = List.of(Column.PROGRESS, Column.SPENT_VND, Column.NUMERATOR, Column.DENOMINATOR);
  private static final List<Column> DATES = List.of(Column.SUBMITTED_ON, Column.OPENED_ON, Column.CLOSED_ON);

  private Tables() {}

  /**
   * Maps the header, builds the rows, decides the decimal style from the text numbers (cells stored as
   * numbers give no evidence: they have no separators) unless {@code forced}; {@code delimiter} sets
   * the default when there is no evidence (see {@link DecimalStyle#decide}).
   */
  public static RawFile toRawFile(String file, TableRecord header, List<TableRecord> data, DecimalStyle forced,
      char delimiter, List<Diagnostic> diagnostics) {
    return toRawFile(file, header, data, forced, delimiter, diagnostics, false);
  }

  /**
   * The same, its rows read at most once each when {@code once}: a row's record is let go as the row
   * is made, so that a file of hundreds of thousands of rows does not hold its records and its
   * checked rows both at once ({@code data} must then be a list of its own, which this empties).
   */
  public static RawFile toRawFile(String file, TableRecord header, List<TableRecord> data, DecimalStyle forced,
      char delimiter, List<Diagnostic> diagnostics, boolean once) {
    HeaderRows.Header full = HeaderRows.of(header, data);
    if (full.rowsUnder() > 0) {
      header = full.header();
      data = data.subList(full.rowsUnder(), data.size());
    }
    data = TableFooter.cut(data);
    TableHeader h = TableHeader.map(file, header, data, diagnostics);
    data = besideLeftOut(h, data);
    DecimalStyle style = forced != null ? forced : evidence(data, h.positionsOf(NUMERIC)).style(delimiter);
    DateOrder dates = new DateOrder();
    int[] datePositions = h.positionsOf(DATES);
    for (int i = 0; i < data.size() && !dates.settled(); i++) {
      dateEvidence(data.get(i), datePositions, dates);
    }
    return toRawFile(file, header, h, data, style, dates, diagnostics, once);
  }

  /**
   * The same for data read as it is used (each record once, in order): what the header, the decimal
   * style and the order of dates need of the data was gathered before, in a pass that kept no record —
   * whether a column is empty ({@code columnEmpty}), the numbers' {@code evidence} (unused with
   * {@code forced}) and the {@code dates}.
   */
  public static RawFile toRawFile(String file, TableRecord header, IntPredicate columnEmpty,
      DecimalStyle.Evidence evidence, DateOrder dates, List<TableRecord> data, DecimalStyle forced, char delimiter,
      List<Diagnostic> diagnostics) {
    TableHeader h = TableHeader.map(file, header, columnEmpty, diagnostics);
    DecimalStyle style = forced != null ? forced : evidence.style(delimiter);
    return toRawFile(file, header, h, besideLeftOut(h, data), style, dates, diagnostics, true);
  }

  /**
   * The records without those holding something only in a {@link SideTable} (its rows below the table's end):
   * blank in the table, they are no rows of it. A list of its own (rows read once empty it).
   */
  private static List<TableRecord> besideLeftOut(TableHeader h, List<TableRecord> data) {
    return h.besideIgnored() ? data.stream().filter(h::filled).collect(Collectors.toCollection(ArrayList::new)) : data;
  }

  /** The positions of the numeric columns a header names, for gathering a file's decimal evidence. */
  public static int[] numericPositions(String file, TableRecord header) {
    return TableHeader.map(file, header, i -> true, new java.util.ArrayList<>()).positionsOf(NUMERIC);
  }

  /** The positions of the date columns a header names, for gathering a file's {@link DateOrder}. */
  public static int[] datePositions(String file, TableRecord header) {
    return TableHeader.map(file, header, i -> true, new java.util.ArrayList<>()).positionsOf(DATES);
  }

  /** One record's evidence of the order of its dates (none once {@code dates} is settled). */
  public static void dateEvidence(TableRecord r, int[] datePositions, DateOrder dates) {
    for (int position : datePositions) {
      if (position < r.cells().size() && !dates.settled()) {
        dates.add(r.cells().get(position), r.line(), position);
      }
    }
  }

  /** One cell's decimal evidence, as {@link #evidence} reads it. */
  public static void evidence(TableRecord r, int[] numeric, DecimalStyle.Evidence evidence) {
    for (int position : numeric) {
      if (position >= r.cells().size() || r.number(position) != null) {
        continue; // absent, or stored as a number: no separators to learn from
      }
      char separator = Numbers.evidence(r.cells().get(position));
      if (separator != Numbers.NO_EVIDENCE) {
        evidence.add(separator);
      }
    }
  }

  private static RawFile toRawFile(String file, TableRecord header, TableHeader h, List<TableRecord> data,
      DecimalStyle style, DateOrder dates, List<Diagnostic> diagnostics, boolean once) {
    boolean usable = h.kind() != null && diagnostics.stream().noneMatch(d -> d.isError()
        && (d.code() == Code.DUPLICATE_HEADER || d.code() == Code.MISSING_COLUMN || d.code() == Code.UNKNOWN_FILE_KIND));
    if (usable && data.isEmpty()) {
      // A header and nothing below it: the agency's figures are not in the file (a template saved unfilled).
      diagnostics.add(Diagnostic.of(Code.NO_ROWS, Location.at(file, header.line(), 0), "", h.kind().id()));
    }
    if (usable && dates.monthFirst()) {
      diagnostics.add(dates.warning(file, header.cells().get(dates.position())));
    }
    return new RawFile(file, h.kind(), style, new Rows(file, h, data, once), diagnostics, usable, dates.monthFirst());
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
      evidence(r, numeric, evidence);
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
    private final Location place; // the file's, its name checked once for all its rows
    private final TableHeader header;
    private final List<TableRecord> records;
    private final boolean once;

    Rows(String file, TableHeader header, List<TableRecord> records, boolean once) {
      this.file = file;
      this.place = Location.file(file);
      this.header = header;
      this.records = records;
      this.once = once;
    }

    @Override
    public RawRow get(int index) {
      TableRecord record = records.get(index);
      if (record == null) {
        throw new IllegalStateException("row " + index + " of " + file + " was read already");
      }
      if (once) {
        records.set(index, null);
      }
      return header.row(place, record);
    }

    @Override
    public int size() {
      return records.size();
    }
  }
}
