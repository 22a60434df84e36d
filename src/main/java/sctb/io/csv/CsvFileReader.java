package sctb.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongToIntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.RawFile;
import sctb.core.text.SafeText;
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
    return read(file, bytes, forced, false);
  }

  /**
   * The same, for a reader that reads each row once, in order: a row's record is let go as the row is
   * made ({@link Tables#toRawFile(String, TableRecord, List, DecimalStyle, char, List, boolean)}).
   */
  public static RawFile readOnce(String file, byte[] bytes, DecimalStyle forced) {
    if (bytes.length >= STREAMED_BYTES) {
      RawFile streamed = StreamedCsv.read(file, bytes, forced);
      if (streamed != null) {
        return streamed;
      }
    }
    return read(file, bytes, forced, true);
  }

  /**
   * Files from this size on are read without their text or records held ({@link StreamedCsv}) when
   * their bytes allow: a 30 MB file of Vietnamese names is 60 MB of text and ~100 MB of records.
   */
  static final int STREAMED_BYTES = 4 << 20;

  private static RawFile read(String file, byte[] bytes, DecimalStyle forced, boolean once) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    FileText text = decode(file, bytes, diagnostics);
    if (text.isBlank()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), ""));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    char delimiter = Delimiters.detect(text.sequence());
    LineIndex lines = new LineIndex(text.chars(), text.length());
    List<TableRecord> records = new ArrayList<>();
    parse(file, text.reader(), delimiter, offset -> lines.lineOf(skipLineEnds(text, offset)), records::add,
        diagnostics, new RepeatedCells(text.isSafeText()));
    if (records.isEmpty()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), ""));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    return Tables.toRawFile(file, records.get(0), records.subList(1, records.size()), forced, delimiter, diagnostics, once);
  }

  /** The file's text: clean UTF-8 into the thread's array, anything else as {@link TextDecoder} reads it (and says so). */
  private static FileText decode(String file, byte[] bytes, List<Diagnostic> diagnostics) {
    FileText clean = FileText.cleanUtf8(bytes);
    if (clean != null) {
      return clean;
    }
    Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.fallback()) {
      diagnostics.add(Diagnostic.of(Code.ENCODING, Location.at(file, 1, 0), decoded.encoding()));
    }
    return FileText.of(decoded.text());
  }

  /**
   * Parses {@code text} into records, each with the physical line {@code lineOf} gives for the
   * character position the parser reports; a malformed file's records up to the fault and a diagnostic.
   */
  static void parse(String file, Reader text, char delimiter, LongToIntFunction lineOf, Consumer<TableRecord> out,
      List<Diagnostic> diagnostics, RepeatedCells repeated) {
    int lastLine = 1;
    try (CSVParser parser = parser(text, delimiter)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (it.hasNext()) {
        CSVRecord record = it.next();
        int line = lineOf.applyAsInt(record.getCharacterPosition());
        lastLine = line;
        String[] cells = repeated.clean(record.values());
        if (cells == null) {
          continue; // an empty row, e.g. Excel's trailing ";;;;"
        }
        out.accept(new TableRecord(line, java.util.Arrays.asList(cells)));
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

  /** A record's position may be that of the empty lines skipped before it. */
  private static long skipLineEnds(FileText text, long position) {
    char[] chars = text.chars();
    int i = (int) Math.min(position, text.length());
    while (i < text.length() && (chars[i] == '\r' || chars[i] == '\n')) {
      i++;
    }
    return i;
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
    if (value == null) {
      return "";
    }
    int start = 0;
    int end = value.length();
    while (start < end && blank(value.charAt(start))) {
      start++;
    }
    while (end > start && blank(value.charAt(end - 1))) {
      end--;
    }
    return Formulas.restore(value.substring(start, end));
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
