package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.RawFile;
import sctb.io.Files2;
import sctb.io.ReadFailure;
import sctb.io.UnreadableFileException;
import sctb.io.table.TableHeader;
import sctb.io.table.TableRecord;
import sctb.io.table.Tables;

/**
 * Reads one sheet of an .xlsx workbook into the same table a CSV file gives ({@link Tables}), so that
 * the header mapping, the rules and the codes are the CSV ones. Streams the sheet (POI's event API)
 * within {@link XlsxLimits}; never throws on a broken or hostile file: it becomes a
 * {@code malformed-xlsx} diagnostic. The only class that opens workbooks; loaded only when one is met.
 */
public final class XlsxFileReader {
  static {
    XlsxLimits.apply();
  }

  private XlsxFileReader() {}

  /** {@code forced}: the decimal style from {@code --decimal}, or null to decide from the text numbers. */
  public static XlsxFile read(String file, Path path, DecimalStyle forced) throws UnreadableFileException {
    long size = Files2.requireReadableFile(path, Long.MAX_VALUE);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (size > XlsxLimits.MAX_FILE_BYTES) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, "file-too-large",
          Long.toString(XlsxLimits.MAX_FILE_BYTES / (1024 * 1024))));
      return new XlsxFile(empty(file, diagnostics), null);
    }
    String magic = magic(path);
    if (magic.equals("empty")) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.file(file), ""));
      return new XlsxFile(empty(file, diagnostics), null);
    }
    if (!magic.equals("zip")) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, magic));
      return new XlsxFile(empty(file, diagnostics), null);
    }
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        it.next().close(); // only the sheet's name is needed here
        names.add(it.getSheetName());
      }
      Workbook info = workbook(reader);
      int chosen = SheetChoice.choose(names, info.hidden());
      if (chosen < 0) {
        diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.file(file), ""));
        return new XlsxFile(empty(file, diagnostics), null);
      }
      String sheet = names.get(chosen);
      SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(pkg, false), styles(reader),
          info.date1904());
      it = reader.getSheetIterator();
      for (int i = 0; i <= chosen; i++) {
        InputStream in = it.next();
        if (i == chosen) {
          try (in) {
            parse(in, handler);
          } catch (SheetHandler.Stop stop) {
            diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.at(file, stop.row, stop.column).inSheet(sheet),
                file, stop.reason, Integer.toString(limit(stop.reason))));
            return new XlsxFile(empty(file, diagnostics), sheet);
          }
        } else {
          in.close();
        }
      }
      return new XlsxFile(table(file, handler, forced, diagnostics), sheet);
    } catch (SheetHandler.Stop stop) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, stop.reason, "0"));
    } catch (IOException | org.xml.sax.SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
        | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, reason(e)));
    }
    return new XlsxFile(empty(file, diagnostics), null);
  }

  /** The rows of the sheet as records (merged cells filled), the header row found, then the CSV way. */
  private static RawFile table(String file, SheetHandler handler, DecimalStyle forced, List<Diagnostic> diagnostics) {
    if (handler.tooWide != null) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.at(file, handler.tooWide[0], handler.tooWide[1]),
          file, "too-wide", Integer.toString(XlsxLimits.MAX_COLUMNS)));
    }
    TreeMap<Integer, TreeMap<Integer, SheetHandler.Value>> rows = handler.rows;
    fillMerged(rows, handler.merged);
    if (rows.isEmpty()) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.file(file), ""));
      return empty(file, diagnostics);
    }
    int width = rows.values().stream().mapToInt(TreeMap::lastKey).max().orElse(0);
    if ((long) width * rows.size() > XlsxLimits.MAX_CELLS) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, "too-many-cells",
          Long.toString(XlsxLimits.MAX_CELLS)));
      return empty(file, diagnostics);
    }
    List<TableRecord> records = new ArrayList<>(rows.size());
    for (Map.Entry<Integer, TreeMap<Integer, SheetHandler.Value>> e : rows.entrySet()) {
      String[] cells = new String[width];
      BigDecimal[] numbers = new BigDecimal[width];
      Arrays.fill(cells, "");
      e.getValue().forEach((column, v) -> {
        cells[column - 1] = v.text();
        numbers[column - 1] = v.number();
      });
      records.add(new TableRecord(e.getKey(), Arrays.asList(cells), Arrays.asList(numbers)));
    }
    int header = headerRow(records);
    return Tables.toRawFile(file, records.get(header), records.subList(header + 1, records.size()), forced, ';',
        diagnostics);
  }

  /**
   * The header is the row, among the first {@link XlsxLimits#HEADER_SEARCH_ROWS}, with the most cells
   * naming a known column (the first of equals): title rows above it are skipped. With none, the first row.
   */
  static int headerRow(List<TableRecord> records) {
    int best = 0;
    int bestCount = 0;
    for (int i = 0; i < Math.min(records.size(), XlsxLimits.HEADER_SEARCH_ROWS); i++) {
      int n = TableHeader.knownColumns(records.get(i));
      if (n > bestCount) {
        best = i;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * A cell inside a merged region shows the region's first cell: the rows below it in the region's first
   * column take that value (a header merged over two header rows, an agency merged over its rows); the
   * region's other columns stay empty, so no value is counted twice.
   */
  private static void fillMerged(TreeMap<Integer, TreeMap<Integer, SheetHandler.Value>> rows,
      List<SheetHandler.Merged> merged) {
    for (SheetHandler.Merged m : merged) {
      TreeMap<Integer, SheetHandler.Value> first = rows.get(m.firstRow());
      SheetHandler.Value v = first == null ? null : first.get(m.firstColumn());
      if (v == null) {
        continue;
      }
      for (TreeMap<Integer, SheetHandler.Value> below : rows.subMap(m.firstRow(), false, m.lastRow(), true).values()) {
        below.putIfAbsent(m.firstColumn(), v);
      }
    }
  }

  private static void parse(InputStream in, DefaultHandler handler) throws IOException, org.xml.sax.SAXException,
      javax.xml.parsers.ParserConfigurationException {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static StylesTable styles(XSSFReader reader) {
    try {
      return reader.getStylesTable();
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
      return null; // no styles part: every number is a plain number
    }
  }

  /** What workbook.xml says that matters here: the hidden sheets (by position) and the 1904 date system. */
  private record Workbook(java.util.Set<Integer> hidden, boolean date1904) {}

  private static Workbook workbook(XSSFReader reader) throws IOException, org.xml.sax.SAXException,
      org.apache.poi.openxml4j.exceptions.InvalidFormatException, javax.xml.parsers.ParserConfigurationException {
    java.util.Set<Integer> hidden = new java.util.TreeSet<>();
    boolean[] date1904 = new boolean[1];
    try (InputStream in = reader.getWorkbookData()) {
      parse(in, new DefaultHandler() {
        private int sheets;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
          if (qName.endsWith("workbookPr")) {
            String v = attributes.getValue("date1904");
            date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v); // old Mac Excel counts days from 1904
          } else if (qName.equals("sheet") || qName.endsWith(":sheet")) {
            String state = attributes.getValue("state");
            if (state != null && !state.equals("visible")) {
              hidden.add(sheets);
            }
            sheets++;
          }
        }
      });
    }
    return new Workbook(hidden, date1904[0]);
  }

  /** "zip" for a zip file; "old-format" for an .xls or a password-protected workbook; "not-zip" otherwise. */
  private static String magic(Path path) throws UnreadableFileException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UnreadableFileException(path, ReadFailure.IO, e);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "zip";
    }
    if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return "old-format";
    }
    return n == 0 ? "empty" : "not-zip";
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("max entry size")
          || m.contains("Max entry size")) {
        return "zip-bomb";
      }
    }
    return "invalid";
  }

  private static int limit(String reason) {
    return switch (reason) {
      case "too-many-rows" -> XlsxLimits.MAX_ROWS;
      case "too-many-cells" -> (int) XlsxLimits.MAX_CELLS;
      case "cell-too-long" -> 32_767;
      default -> 0;
    };
  }

  private static RawFile empty(String file, List<Diagnostic> diagnostics) {
    return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
  }
}
