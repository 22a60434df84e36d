package sctb.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.RawFile;
import sctb.core.text.SafeText;
import sctb.io.ReadBytes;
import sctb.io.table.CellEdges;
import sctb.io.table.TableHeader;
import sctb.io.table.TableRecord;
import sctb.io.table.Tables;

/**
 * Reads one submission file's bytes into a {@link RawFile}: decodes it, detects the delimiter, parses
 * it with Commons CSV keeping each record's physical line, maps the header (aliases, any case), tells
 * the file kind, decides the decimal style, and reports the file's shape problems. Never throws on
 * any input: what cannot be read becomes a diagnostic.
 */
public final class CsvFileReader {
  private CsvFileReader() {}

  /** {@code forced}: the decimal style from {@code --decimal}, or null to decide from the file. */
  public static RawFile read(String file, byte[] bytes, DecimalStyle forced) {
    return read(file, bytes, bytes.length, forced, false, new LineRows());
  }

  /**
   * The same, for a reader that reads each row once, in order: a row's record is let go as the row is
   * made ({@link Tables#toRawFile(String, TableRecord, List, DecimalStyle, char, List, boolean)}). The
   * bytes are needed only during the call (the array may be the reading thread's for its next file).
   */
  public static RawFile readOnce(String file, ReadBytes bytes, DecimalStyle forced, LineRows rows) {
    if (bytes.length() >= STREAMED_BYTES) {
      // Read in two passes, the second as the rows are read: its own array, of the file's size.
      byte[] own = bytes.length() == bytes.array().length ? bytes.array() : Arrays.copyOf(bytes.array(), bytes.length());
      RawFile streamed = StreamedCsv.read(file, own, forced, rows);
      if (streamed != null) {
        return streamed;
      }
    }
    return read(file, bytes.array(), bytes.length(), forced, true, rows);
  }

  /**
   * Files from this size on are read without their text or records held ({@link StreamedCsv}) when
   * their bytes allow: a 30 MB file of Vietnamese names is 60 MB of text and ~100 MB of records.
   */
  public static final int STREAMED_BYTES = 4 << 20;

  /** The first {@code size} of {@code bytes}. */
  private static RawFile read(String file, byte[] bytes, int size, DecimalStyle forced, boolean once, LineRows rows) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    FileText text = decode(file, bytes, size, diagnostics);
    if (size == 0) {
      // Not a table left blank but no content at all: a copy or a download that failed, a cloud file not fetched.
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), "", "zero-bytes"));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    if (text.isBlank()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), ""));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    char delimiter = Delimiters.detect(text.sequence());
    // Room for a row every 64 chars (a submission's rows are longer): grown by copies from 10 instead,
    // the list's arrays were ~2 % of validate's bytes at 2 M rows (round 11).
    List<TableRecord> records = new ArrayList<>(text.length() / 64 + 16);
    parse(file, text.reader(), delimiter, text::recordLine, records::add, diagnostics,
        new RepeatedCells(text.isSafeText()), rows);
    if (records.isEmpty()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), ""));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    int header = TableHeader.find(records);
    return LostLetters.withoutLostColumns(Tables.toRawFile(file, records.get(header),
        records.subList(header + 1, records.size()), forced, delimiter, diagnostics, once));
  }

  /** The file's text: clean UTF-8 into the thread's array, anything else as {@link TextDecoder} reads it (and says so). */
  private static FileText decode(String file, byte[] bytes, int size, List<Diagnostic> diagnostics) {
    FileText clean = FileText.cleanUtf8(bytes, size);
    if (clean != null) {
      DoubleEncoded.Repaired repaired = DoubleEncoded.repair(file, clean.chars(), clean.length());
      if (repaired == null) {
        return clean;
      }
      diagnostics.add(repaired.warning());
      return FileText.of(repaired.text());
    }
    Decoded decoded = TextDecoder.decode(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
    if (decoded.encoding().equals("TCVN3")) {
      diagnostics.add(Diagnostic.of(Code.ENCODING, Location.at(file, 1, 0), decoded.encoding(), "tcvn3"));
    } else if (decoded.fallback()) {
      diagnostics.add(LostLetters.warning(file, decoded.text(), decoded.encoding()));
    } else if (decoded.encoding().startsWith("UTF-16") && !decoded.bom()) {
      // Read right, but Excel opens it as garbled text: the clerk should save it again.
      diagnostics.add(Diagnostic.of(Code.ENCODING, Location.at(file, 1, 0), decoded.encoding(), "utf-16-no-bom"));
    }
    return FileText.of(decoded.text());
  }

  /** The physical line (1-based) where a record starts. */
  interface RecordLine {
    /**
     * {@code position}: the parser's character position at the record's start, before the empty
     * lines it skips; {@code linesBefore}: the physical lines up to the end of the record before (0
     * for the first), as the parser counts them (CRLF, LF and lone CR, also inside quotes).
     */
    int of(long position, long linesBefore);
  }

  /**
   * Parses {@code text} into records, each with the physical line {@code lineOf} gives; a malformed
   * file's records up to the fault and a diagnostic.
   */
  static void parse(String file, Reader text, char delimiter, RecordLine lineOf, Consumer<TableRecord> out,
      List<Diagnostic> diagnostics, RepeatedCells repeated) {
    parse(file, text, delimiter, lineOf, out, diagnostics, repeated, new LineRows());
  }

  /** The same, the records spanning several lines (cells with line breaks) told to {@code rows}. */
  static void parse(String file, Reader text, char delimiter, RecordLine lineOf, Consumer<TableRecord> out,
      List<Diagnostic> diagnostics, RepeatedCells repeated, LineRows rows) {
    int lastLine = 1;
    try (CSVParser parser = parser(text, delimiter)) {
      Iterator<CSVRecord> it = parser.iterator();
      long linesBefore = 0;
      while (it.hasNext()) {
        CSVRecord record = it.next();
        int line = lineOf.of(record.getCharacterPosition(), linesBefore);
        linesBefore = parser.getCurrentLineNumber(); // the parser has read this record, no further
        lastLine = line;
        if (linesBefore > line) {
          rows.spans(line, (int) (linesBefore - line)); // its line breaks inside quotes: one row in Excel
        }
        String[] cells = repeated.clean(record.values());
        if (cells == null) {
          continue; // an empty row, e.g. Excel's trailing ";;;;"
        }
        out.accept(new TableRecord(line, Arrays.asList(cells)));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      boolean unclosed = message.contains("EOF reached before encapsulated token finished");
      diagnostics.add(Diagnostic.of(Code.MALFORMED_CSV, Location.at(file, lineIn(message, lastLine), 0),
          unclosed ? "\"" : message.replaceFirst("^.*CSVException: ", ""),
          unclosed ? "unclosed-quote" : "other"));
    }
  }

  /** The parser of every CSV file: its delimiter, double quotes, empty lines skipped, text after a closing quote kept. */
  static CSVParser parser(Reader text, char delimiter) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setQuote('"')
        .setIgnoreEmptyLines(true)
        .setTrailingData(true)
        .get();
    return CSVParser.builder().setReader(text).setFormat(format).get();
  }

  /**
   * Commons CSV says "(line N)" in its messages; use it when present. It writes N with the default
   * locale's digit grouping ("50,001", "50.001"), so every separator is dropped.
   */
  static int lineIn(String message, int fallback) {
    java.util.regex.Matcher m = LINE_IN_MESSAGE.matcher(message);
    if (!m.find()) {
      return fallback;
    }
    String digits = m.group(1).replaceAll("\\D", "");
    return digits.length() > 9 ? fallback : Integer.parseInt(digits);
  }

  private static final java.util.regex.Pattern LINE_IN_MESSAGE =
      java.util.regex.Pattern.compile("\\((?:start)?line (\\d[\\d,.'\\u00a0\\u202f ]*)\\)");

  /**
   * Trims spaces (also no-break spaces), drops the apostrophe sctb puts before a formula-like text,
   * and escapes control characters ({@link SafeText#text}).
   */
  static String clean(String value) {
    return SafeText.text(trim(value));
  }

  /** {@link #clean} but for escaping. */
  static String trim(String value) {
    return value == null ? "" : Formulas.restore(CellEdges.strip(value));
  }
}
