package sctb.io.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import sctb.core.diag.Caps;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.Column;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.FileKind;
import sctb.core.submission.Numbers;
import sctb.core.submission.RawCell;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.core.text.Suggest;

/**
 * Reads one submission file's bytes into a {@link RawFile}: decodes it, detects the delimiter, parses
 * it with Commons CSV keeping each record's physical line, maps the header (aliases, any case), tells
 * the file kind, decides the decimal style, and reports the file's shape problems. Never throws on
 * any input: what cannot be read becomes a diagnostic.
 */
public final class CsvFileReader {
  private static final List<Column> NUMERIC = List.of(Column.PROGRESS, Column.SPENT_VND, Column.NUMERATOR, Column.DENOMINATOR);

  private CsvFileReader() {}

  /** {@code forced}: the decimal style from {@code --decimal}, or null to decide from the file. */
  public static RawFile read(String file, byte[] bytes, DecimalStyle forced) {
    Decoded decoded = TextDecoder.decode(bytes);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (decoded.fallback()) {
      diagnostics.add(Diagnostic.of(Code.ENCODING, Location.at(file, 1, 0), decoded.encoding()));
    }
    String text = decoded.text();
    if (text.isBlank()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), ""));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    char delimiter = Delimiters.detect(text);
    LineIndex lines = new LineIndex(text);
    List<Record> records = new ArrayList<>();
    parse(file, text, delimiter, lines, records, diagnostics);
    if (records.isEmpty()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.at(file, 1, 0), ""));
      return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
    }
    Record header = records.get(0);
    Header h = Header.map(file, header, records.subList(1, records.size()), diagnostics);
    List<RawRow> rows = new ArrayList<>();
    int commaEvidence = 0;
    int pointEvidence = 0;
    for (Record r : records.subList(1, records.size())) {
      RawRow row = h.row(file, r);
      rows.add(row);
      for (Column c : NUMERIC) {
        Optional<Character> e = Numbers.evidence(row.text(c));
        if (e.isPresent()) {
          if (e.get() == ',') {
            commaEvidence++;
          } else {
            pointEvidence++;
          }
        }
      }
    }
    DecimalStyle style = forced != null ? forced : DecimalStyle.decide(commaEvidence, pointEvidence, delimiter);
    boolean usable = h.kind() != null && diagnostics.stream().noneMatch(d -> d.isError()
        && (d.code() == Code.DUPLICATE_HEADER || d.code() == Code.MISSING_COLUMN || d.code() == Code.UNKNOWN_FILE_KIND));
    return new RawFile(file, h.kind(), style, rows, diagnostics, usable);
  }

  /** One parsed record: its physical line and stripped cells. */
  record Record(int line, List<String> cells) {}

  private static void parse(String file, String text, char delimiter, LineIndex lines, List<Record> out,
      List<Diagnostic> diagnostics) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setQuote('"')
        .setIgnoreEmptyLines(true)
        .setTrailingData(true)
        .get();
    int lastLine = 1;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      while (it.hasNext()) {
        CSVRecord record = it.next();
        int line = lines.lineOf(skipLineEnds(text, record.getCharacterPosition()));
        lastLine = line;
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
          cells.add(clean(value));
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue; // an empty row, e.g. Excel's trailing ";;;;"
        }
        out.add(new Record(line, cells));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      boolean unclosed = message.contains("EOF reached before encapsulated token finished");
      diagnostics.add(Diagnostic.of(Code.MALFORMED_CSV, Location.at(file, lineIn(message, lastLine), 0),
          unclosed ? "\"" : Caps.shorten(message.replaceFirst("^.*CSVException: ", ""), 160),
          unclosed ? "unclosed-quote" : "other"));
    }
  }

  /** A record's position may be that of the empty lines skipped before it. */
  private static long skipLineEnds(String text, long position) {
    int i = (int) Math.min(position, text.length());
    while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }

  /** Commons CSV says "(line N)" in its messages; use it when present. */
  private static int lineIn(String message, int fallback) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)").matcher(message);
    return m.find() ? Integer.parseInt(m.group(1)) : fallback;
  }

  /** Trims spaces (also no-break spaces) and drops the apostrophe sctb puts before a formula-like text. */
  static String clean(String value) {
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

  /** The header of one file: which column is where, and the file kind. */
  record Header(FileKind kind, Column[] byPosition, String[] names, int width) {

    static Header map(String file, Record header, List<Record> rows, List<Diagnostic> diagnostics) {
      List<String> names = new ArrayList<>(header.cells());
      int width = names.size();
      while (width > 0 && names.get(width - 1).isEmpty() && columnEmpty(rows, width - 1)) {
        width--; // Excel's trailing empty columns
      }
      Column[] byPosition = new Column[width];
      Map<Column, Integer> seen = new EnumMap<>(Column.class);
      for (int i = 0; i < width; i++) {
        String name = names.get(i);
        Location at = Location.cell(file, header.line(), i + 1, name.isEmpty() ? null : name);
        if (name.isEmpty()) {
          if (!columnEmpty(rows, i)) {
            diagnostics.add(Diagnostic.of(Code.BLANK_HEADER, at, "", Integer.toString(i + 1)));
          }
          continue;
        }
        Optional<Column> column = Column.byHeader(name);
        if (column.isEmpty()) {
          diagnostics.add(Diagnostic.of(Code.UNKNOWN_COLUMN, at, Caps.shorten(name, 80))
              .suggesting(Suggest.closest(name, Column.spellings()).orElse(null)));
          continue;
        }
        Integer before = seen.putIfAbsent(column.get(), i);
        if (before != null) {
          diagnostics.add(Diagnostic.of(Code.DUPLICATE_HEADER, at, Caps.shorten(name, 80), names.get(before),
              Integer.toString(before + 1)));
          continue;
        }
        byPosition[i] = column.get();
      }
      FileKind kind = FileKind.of(seen.keySet());
      Location headerAt = Location.at(file, header.line(), 0);
      if (kind == null) {
        diagnostics.add(Diagnostic.of(Code.UNKNOWN_FILE_KIND, headerAt, Caps.shorten(String.join(", ", names), 80)));
      } else {
        for (Column required : kind.required()) {
          if (!seen.containsKey(required)) {
            diagnostics.add(Diagnostic.of(Code.MISSING_COLUMN, Location.cell(file, header.line(), 0, required.id()),
                required.id(), kind.id(), String.join(", ", required.aliases())));
          }
        }
      }
      return new Header(kind, byPosition, names.subList(0, width).toArray(new String[0]), width);
    }

    private static boolean columnEmpty(List<Record> rows, int index) {
      return rows.stream().allMatch(r -> index >= r.cells().size() || r.cells().get(index).isEmpty());
    }

    RawRow row(String file, Record r) {
      Map<Column, RawCell> cells = new EnumMap<>(Column.class);
      List<Diagnostic> problems = new ArrayList<>();
      List<String> values = r.cells();
      for (int i = 0; i < Math.min(width, values.size()); i++) {
        if (byPosition[i] != null) {
          cells.put(byPosition[i], new RawCell(values.get(i), i + 1, names[i]));
        }
      }
      for (int i = width; i < values.size(); i++) {
        if (!values.get(i).isEmpty()) {
          problems.add(Diagnostic.of(Code.EXTRA_CELL, Location.cell(file, r.line(), i + 1, null),
              Caps.shorten(values.get(i), 80), Integer.toString(width)));
          break;
        }
      }
      if (values.size() < width) {
        int i = values.size();
        problems.add(Diagnostic.of(Code.MISSING_CELL, Location.cell(file, r.line(), i + 1, names[i]), "",
            Integer.toString(values.size()), Integer.toString(width)));
      }
      return new RawRow(file, r.line(), cells, problems);
    }
  }
}
