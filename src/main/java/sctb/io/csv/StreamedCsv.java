package sctb.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.DateOrder;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.RawFile;
import sctb.core.submission.Utf16WithoutBom;
import sctb.io.table.HeaderRows;
import sctb.io.table.TableFooter;
import sctb.io.table.TableHeader;
import sctb.io.table.TableRecord;
import sctb.io.table.Tables;

/**
 * A large CSV file read in two passes over its bytes, so that neither its text (two bytes a character
 * once one is Vietnamese) nor its records are held: the first pass keeps of each record only its
 * line, and gathers what the header and the decimal style need of the data; the second makes each
 * record when its row is read, once, in order. Only for a file {@link TextDecoder} would decode as it
 * stands (UTF-8, no U+FFFD, NFC: {@link CleanUtf8Reader}) and whose first lines decide the delimiter;
 * else {@link #read} says null and the file is read whole. Same records, lines and diagnostics.
 */
final class StreamedCsv {
  /** How much of the file's start decides the delimiter (the header line is far shorter). */
  private static final int HEAD_BYTES = 1 << 20;

  private StreamedCsv() {}

  /** The file, its rows made as read; null when it must be read whole. */
  static RawFile read(String file, byte[] bytes, DecimalStyle forced) {
    return read(file, bytes, forced, new LineRows());
  }

  /** The same, the records spanning several lines told to {@code rows}. */
  static RawFile read(String file, byte[] bytes, DecimalStyle forced, LineRows rows) {
    // UTF-8's byte order mark is skipped, as TextDecoder does; UTF-16's is not UTF-8, so it goes the general way,
    // as does UTF-16 without one (its NULs are UTF-8).
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (offset == 0 && Utf16WithoutBom.of(bytes, bytes.length) != null) {
      return null;
    }
    Character delimiter = delimiter(bytes, offset);
    if (delimiter == null) {
      return null;
    }
    // The first pass trusts the cells to need no escaping, as the text read whole does when SafeText
    // passes it, and reads the file again checking each cell when the text turns out not to: a check a
    // cell was ~7 % of the reading workers' CPU in validate of the 1 M-entity workspace, whose large
    // files come this way (docs/performance.md, round 14).
    FirstPass pass = FirstPass.of(file, bytes, offset, delimiter, forced, true);
    if (pass != null && !pass.reader.isSafeText()) {
      pass = FirstPass.of(file, bytes, offset, delimiter, forced, false);
    }
    if (pass == null) {
      return null;
    }
    Gathered data = pass.data;
    List<Diagnostic> diagnostics = pass.diagnostics;
    rows.copyOf(pass.rows);
    if (data.header == null || data.headerBelow) {
      return null; // blank, or title rows above the header: the general path says so, finds it
    }
    data.finish();
    // The second pass meets the same cells: when the first escaped none, it need not look for any. It reads
    // the rows between the header's (HeaderRows) and the footer (TableFooter), as the general path does.
    List<TableRecord> records = new Records(bytes, offset, delimiter,
        Arrays.copyOfRange(data.lines, data.rowsUnder, data.count - data.footerRows), data.rowsUnder,
        pass.reader.isSafeText() || !pass.cells.escaped());
    return Tables.toRawFile(file, data.header, i -> !data.filled.get(i), data.evidence, data.dates, records, forced,
        delimiter, diagnostics);
  }

  /** The first pass's reader, cells, what it gathered and the diagnostics it found. */
  private record FirstPass(CleanUtf8Reader reader, RepeatedCells cells, Gathered data, List<Diagnostic> diagnostics,
      LineRows rows) {

    /** The pass over the file, {@code safeText}: its cells taken as needing no escaping; null when the bytes are not clean. */
    static FirstPass of(String file, byte[] bytes, int offset, char delimiter, DecimalStyle forced, boolean safeText) {
      Gathered data = new Gathered(file, forced == null);
      List<Diagnostic> diagnostics = new ArrayList<>();
      RepeatedCells cells = new RepeatedCells(safeText);
      LineRows rows = new LineRows();
      CleanUtf8Reader reader = new CleanUtf8Reader(bytes, offset, true);
      try {
        CsvFileReader.parse(file, reader, delimiter, (position, linesBefore) -> reader.lineOf(position), data,
            diagnostics, cells, rows);
      } catch (CleanUtf8Reader.NotClean e) {
        return null;
      }
      return new FirstPass(reader, cells, data, diagnostics, rows);
    }
  }

  /** The delimiter the whole text would give, when the file's start decides it and is not garbled text; else null. */
  private static Character delimiter(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + HEAD_BYTES);
    while (end > offset && end < bytes.length && bytes[end - 1] != '\n') {
      end--; // a whole line: never half a character
    }
    String head = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    if (DoubleEncoded.suspect(head.toCharArray(), head.length())) {
      return null; // text garbled through a code page is read back whole (DoubleEncoded)
    }
    return Delimiters.decidedBy(head) ? Delimiters.detect(head) : null;
  }

  /**
   * What the first pass keeps: the header (with the header rows under it, {@link HeaderRows}), each data
   * record's line, the filled columns, the decimal evidence, the order of the dates. The last
   * {@link TableFooter#LOOKED_AT} records are gathered only once they are known not to be the table's
   * footer, so that the file is read as the general path reads it; a record costs one more store.
   */
  private static final class Gathered implements Consumer<TableRecord> {
    private final String file;
    private final boolean decide;
    TableRecord header;
    int[] lines = new int[1024];
    int count;
    final BitSet filled = new BitSet();
    final DecimalStyle.Evidence evidence = new DecimalStyle.Evidence();
    final DateOrder dates = new DateOrder();
    /** A record below the first names more known columns: the first is a title, the header below it (TableHeader.find). */
    boolean headerBelow;
    /** The records under the header that are the header's, and the footer's records (after {@link #finish}). */
    int rowsUnder;
    int footerRows;
    private int headerColumns;
    private int[] numeric;
    private int[] datePositions;
    /** The first records, until the header is settled (null once it is). */
    private List<TableRecord> underHeader = new ArrayList<>(HeaderRows.LOOKED_AT);
    /** The last records not yet gathered, a ring of {@link TableFooter#LOOKED_AT}. */
    private final TableRecord[] tail = new TableRecord[TableFooter.LOOKED_AT];
    private int tailed;

    Gathered(String file, boolean decide) {
      this.file = file;
      this.decide = decide;
    }

    @Override
    public void accept(TableRecord r) {
      if (header == null) {
        header = r;
        headerColumns = TableHeader.knownColumns(r);
        return;
      }
      if (count < TableHeader.SEARCH_ROWS - 1 && TableHeader.knownColumns(r) > headerColumns) {
        headerBelow = true;
      }
      if (count == lines.length) {
        lines = Arrays.copyOf(lines, count * 2);
      }
      lines[count++] = r.line();
      if (underHeader != null) {
        underHeader.add(r);
        if (underHeader.size() == HeaderRows.LOOKED_AT) {
          settleHeader();
        }
        return;
      }
      tail(r);
    }

    /** After the last record: the header settled, the footer found, the records before it gathered. */
    void finish() {
      if (underHeader != null) {
        settleHeader();
      }
      int n = Math.min(tailed, tail.length);
      List<TableRecord> last = new ArrayList<>(n);
      for (int i = tailed - n; i < tailed; i++) {
        last.add(tail[i % tail.length]);
      }
      int start = TableFooter.start(last);
      for (int i = 0; i < start; i++) {
        gather(last.get(i));
      }
      footerRows = n - start;
    }

    /** The header with the header rows under it, then those records after them on their way to be gathered. */
    private void settleHeader() {
      HeaderRows.Header full = HeaderRows.of(header, underHeader);
      header = full.header();
      rowsUnder = full.rowsUnder();
      numeric = decide ? Tables.numericPositions(file, header) : new int[0];
      datePositions = Tables.datePositions(file, header);
      List<TableRecord> after = underHeader.subList(rowsUnder, underHeader.size());
      underHeader = null;
      after.forEach(this::tail);
    }

    private void tail(TableRecord r) {
      int at = tailed++ % tail.length;
      if (tailed > tail.length) {
        gather(tail[at]);
      }
      tail[at] = r;
    }

    private void gather(TableRecord r) {
      List<String> cells = r.cells();
      for (int i = 0; i < cells.size(); i++) {
        if (!cells.get(i).isEmpty()) {
          filled.set(i);
        }
      }
      Tables.evidence(r, numeric, evidence);
      Tables.dateEvidence(r, datePositions, dates);
    }
  }

  /**
   * The data records, parsed again when read: each once, in order (a row's record is let go as the row
   * is made, {@link Tables}), never more than the first pass found.
   */
  private static final class Records extends AbstractList<TableRecord> implements RandomAccess {
    private final byte[] bytes;
    private final int offset;
    private final char delimiter;
    private final int[] lines;
    private final int rowsUnder;
    private final boolean safeText;
    private Iterator<CSVRecord> parsed;
    private RepeatedCells repeated;
    private int next;

    Records(byte[] bytes, int offset, char delimiter, int[] lines, int rowsUnder, boolean safeText) {
      this.bytes = bytes;
      this.offset = offset;
      this.delimiter = delimiter;
      this.lines = lines;
      this.rowsUnder = rowsUnder;
      this.safeText = safeText;
    }

    @Override
    public TableRecord get(int index) {
      if (index != next) {
        throw new IllegalStateException("records are read once, in order: " + index + " after " + (next - 1));
      }
      if (parsed == null) {
        start();
      }
      String[] cells = nextCells();
      next++;
      return new TableRecord(lines[index], Arrays.asList(cells));
    }

    /** The parser past the header and the header rows under it. */
    private void start() {
      try {
        CSVParser parser = CsvFileReader.parser(new CleanUtf8Reader(bytes, offset, false), delimiter);
        parsed = parser.iterator();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      repeated = new RepeatedCells(safeText);
      for (int i = 0; i <= rowsUnder; i++) {
        nextCells();
      }
    }

    private String[] nextCells() {
      while (true) {
        String[] cells = repeated.clean(parsed.next().values());
        if (cells != null) {
          return cells;
        }
      }
    }

    @Override
    public TableRecord set(int index, TableRecord record) {
      return null; // nothing held to let go
    }

    @Override
    public int size() {
      return lines.length;
    }
  }
}
