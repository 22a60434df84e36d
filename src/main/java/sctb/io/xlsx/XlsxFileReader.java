package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.RawFile;
import sctb.io.Files2;
import sctb.io.UnreadableFileException;
import sctb.io.table.TableFooter;
import sctb.io.table.TableHeader;
import sctb.io.table.TableRecord;
import sctb.io.table.Tables;

/**
 * Reads one sheet of an .xlsx workbook into the same table a CSV file gives ({@link Tables}), so that
 * the header mapping, the rules and the codes are the CSV ones. Opens the zip itself and streams only
 * the parts it needs (relationships, workbook, styles, shared strings, one sheet) within
 * {@link XlsxLimits}, each checked before the memory it guards is taken: whatever the file, it ends
 * in rows or in a {@code malformed-xlsx} diagnostic naming the limit, never in an out-of-memory
 * error. A zip that is another kind of document (Word, LibreOffice, an archive) is an
 * {@code unsupported-file}. The only class that opens workbooks; loaded only when one is met.
 */
public final class XlsxFileReader {
  /** One workbook whose parts may take near the limits' memory is read at a time (the pool reads several files). */
  private static final Semaphore LARGE = new Semaphore(1);

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
    String sheet = null;
    try (XlsxPackage pkg = XlsxPackage.open(path)) {
      String workbookPart = Relationships.of(pkg, "").first("officeDocument");
      if (workbookPart == null || !pkg.has(workbookPart)) {
        workbookPart = pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
      }
      if (workbookPart == null) {
        diagnostics.add(Diagnostic.of(Code.UNSUPPORTED_FILE, Location.file(file), file, otherDocument(pkg)));
        return new XlsxFile(empty(file, diagnostics), null);
      }
      if (workbookPart.endsWith(".bin")) {
        // Excel's binary workbook (.xlsb): a zip like .xlsx, its parts not XML
        diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, "binary-workbook"));
        return new XlsxFile(empty(file, diagnostics), null);
      }
      WorkbookPart workbook = WorkbookPart.read(pkg, workbookPart);
      if (!"workbook".equals(workbook.root)) {
        diagnostics.add(Diagnostic.of(Code.UNSUPPORTED_FILE, Location.file(file), file, otherDocument(pkg)));
        return new XlsxFile(empty(file, diagnostics), null);
      }
      Relationships parts = Relationships.of(pkg, workbookPart);
      List<String> names = new ArrayList<>();
      Set<Integer> skipped = new java.util.TreeSet<>(); // in workbook order: a hidden sheet holding the table is looked for last
      Set<Integer> noCells = new HashSet<>();
      for (int i = 0; i < workbook.sheets.size(); i++) {
        WorkbookPart.Sheet s = workbook.sheets.get(i);
        names.add(s.name());
        Relationships.Target target = s.relationship() == null ? null : parts.byId.get(s.relationship());
        if (target == null || !target.type().equals("worksheet")) {
          noCells.add(i); // a chart sheet, or a sheet without its part
        }
        if (s.hidden() || noCells.contains(i)) {
          skipped.add(i);
        }
      }
      List<Integer> candidates = SheetChoice.candidates(names, skipped);
      if (candidates.isEmpty() || noCells.contains(candidates.get(0))) {
        diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.file(file), ""));
        return new XlsxFile(empty(file, diagnostics), null);
      }
      // A cover or instructions sheet before the table: the first sheet whose header names a file kind
      // is read; when none does, the first sheet, with what is wrong with its header.
      XlsxFile first = null;
      for (int chosen : candidates) {
        sheet = names.get(chosen);
        XlsxFile read = sheet(file, pkg, workbook, parts.byId.get(workbook.sheets.get(chosen).relationship()).part(),
            parts, sheet, forced, new ArrayList<>(diagnostics));
        if (read.raw().kind() != null) {
          return read;
        }
        first = first == null ? read : first;
      }
      // No visible sheet holds the table, but a hidden one does, with every column needed (the clerk hid the
      // data sheet; a hidden lookup list headed "Trạng thái" is not one): read it rather than refuse the file, and say so.
      for (int hidden : skipped) {
        if (noCells.contains(hidden) || candidates.contains(hidden)) {
          continue;
        }
        sheet = names.get(hidden);
        XlsxFile read = sheet(file, pkg, workbook, parts.byId.get(workbook.sheets.get(hidden).relationship()).part(),
            parts, sheet, forced, new ArrayList<>(diagnostics));
        if (read.raw().kind() != null && read.raw().diagnostics().stream().noneMatch(d -> d.code() == Code.MISSING_COLUMN)) {
          return new XlsxFile(read.raw().with(Diagnostic.of(Code.HIDDEN_SHEET, Location.file(file), sheet)), sheet);
        }
      }
      return first;
    } catch (Stop stop) {
      Location at = sheet == null ? Location.file(file) : Location.at(file, stop.row, stop.column).inSheet(sheet);
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, at, file, stop.reason, Long.toString(stop.limit)));
    } catch (IOException | RuntimeException e) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, "invalid"));
    }
    return new XlsxFile(empty(file, diagnostics), sheet);
  }

  /** One sheet of the workbook read (its part {@code sheetPart}), {@code diagnostics} the file's so far. */
  private static XlsxFile sheet(String file, XlsxPackage pkg, WorkbookPart workbook, String sheetPart,
      Relationships parts, String sheet, DecimalStyle forced, List<Diagnostic> diagnostics) throws IOException {
    String stringsPart = parts.first("sharedStrings");
    String stylesPart = parts.first("styles");
    long inflating = Math.max(0, pkg.declaredSize(sheetPart)) + Math.max(0, stringsPart == null ? 0 : pkg.declaredSize(stringsPart))
        + Math.max(0, stylesPart == null ? 0 : pkg.declaredSize(stylesPart));
    boolean large = inflating > XlsxLimits.LARGE_WORKBOOK_BYTES;
    if (large) {
      LARGE.acquireUninterruptibly();
    }
    try {
      TextBudget budget = new TextBudget();
      StyleFormats styles = StyleFormats.read(pkg, stylesPart);
      SheetHandler handler = new SheetHandler(SharedStrings.read(pkg, stringsPart, budget), styles, workbook.date1904,
          budget);
      try (InputStream in = pkg.open(sheetPart, XlsxLimits.MAX_PART_BYTES, "zip-bomb")) {
        if (in == null) {
          throw Stop.invalid();
        }
        handler.parse(in);
      } catch (Stop stop) {
        diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.at(file, stop.row, stop.column).inSheet(sheet),
            file, stop.reason, Long.toString(stop.limit)));
        return new XlsxFile(empty(file, diagnostics), sheet);
      }
      return new XlsxFile(table(file, handler, forced, diagnostics), sheet);
    } finally {
      if (large) {
        LARGE.release();
      }
    }
  }

  /** The rows of the sheet as records (merged cells filled), the header row found, then the CSV way. */
  private static RawFile table(String file, SheetHandler handler, DecimalStyle forced, List<Diagnostic> diagnostics) {
    if (handler.tooWide != null) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.at(file, handler.tooWide[0], handler.tooWide[1]),
          file, "too-wide", Integer.toString(XlsxLimits.MAX_COLUMNS)));
    }
    SheetTable table = handler.table;
    table.fillMerged(handler.merged);
    if (table.cells() == 0) {
      diagnostics.add(Diagnostic.of(Code.EMPTY_FILE, Location.file(file), ""));
      return empty(file, diagnostics);
    }
    int width = table.width();
    List<TableRecord> records = table.records(width);
    if ((long) width * records.size() > XlsxLimits.MAX_CELLS) {
      diagnostics.add(Diagnostic.of(Code.MALFORMED_XLSX, Location.file(file), file, "too-many-cells",
          Long.toString(XlsxLimits.MAX_CELLS)));
      return empty(file, diagnostics);
    }
    int header = TableHeader.find(records);
    List<TableRecord> data = TableFooter.cut(records.subList(header + 1, records.size())); // a hidden footer is none of the table
    Diagnostic hidden = HiddenRows.warning(file, handler.hidden, handler.hiddenCount, data);
    if (hidden != null) {
      diagnostics.add(hidden);
    }
    Diagnostic hiddenColumns = HiddenColumns.warning(file, handler.hiddenColumns, records.get(header), data);
    if (hiddenColumns != null) {
      diagnostics.add(hiddenColumns);
    }
    Diagnostic mergedNumbers = MergedNumbers.warning(file, records.get(header), data, handler.merged);
    if (mergedNumbers != null) {
      diagnostics.add(mergedNumbers);
    }
    Diagnostic percent = PercentCounts.warning(file, records.get(header), handler.percentRows, handler.percentColumns,
        handler.percentCount);
    if (percent != null) {
      diagnostics.add(percent);
    }
    return Tables.toRawFile(file, records.get(header), data, forced, ';', diagnostics);
  }

  /** What a zip that holds no workbook is, by its parts: a Word or PowerPoint file, a LibreOffice one, or an archive. */
  private static String otherDocument(XlsxPackage pkg) throws IOException {
    if (pkg.has("word/document.xml")) {
      return "word";
    }
    if (pkg.has("ppt/presentation.xml")) {
      return "presentation";
    }
    try (InputStream in = pkg.open("mimetype", 1024, "zip-bomb")) {
      if (in != null) {
        String type = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII);
        return type.contains("opendocument.spreadsheet") ? "ods" : type.contains("opendocument.text") ? "word" : "archive";
      }
    }
    return "archive";
  }

  private static RawFile empty(String file, List<Diagnostic> diagnostics) {
    return new RawFile(file, null, DecimalStyle.COMMA, List.of(), diagnostics, false);
  }
}
