package sctb.io.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.xml.sax.Attributes;
import sctb.core.submission.NumberLimits;

/**
 * Streams one worksheet's XML into a {@link SheetTable} of its non-empty cells: text cells as text,
 * number cells as the number Excel stored (shortest form that gives back the same double, as Excel
 * shows it), date-formatted numbers as ISO dates, formulas by their cached value (the formula itself
 * when none was saved), error values as Excel writes them ({@code #DIV/0!}). Stops with {@link Stop}
 * at a limit of {@link XlsxLimits}: rows, cells, merged regions, text kept, cell length.
 */
final class SheetHandler extends PartHandler {
  /** A merged region: first row and column, last row (1-based). */
  record Merged(int firstRow, int firstColumn, int lastRow) {}

  /** Excel's last row: a row number beyond it is a damaged file. */
  private static final int EXCEL_ROWS = 1_048_576;

  private final List<String> sharedStrings;
  private final int sharedCount;
  private final StyleFormats styles;
  private final boolean date1904;
  private final TextBudget budget;
  final SheetTable table;
  final List<Merged> merged = new ArrayList<>();
  /** Short texts met in cells (dates, error values, booleans), kept once. */
  private final Map<String, Integer> kept = new HashMap<>();
  /** The first cell found right of {@link XlsxLimits#MAX_COLUMNS} (row, column), or null. */
  int[] tooWide;
  /** The rows hidden in Excel (by hand or by a filter), in the order met; {@link #hiddenCount} of them. */
  int[] hidden = new int[8];
  int hiddenCount;
  /** The columns hidden in Excel (1-based), within the columns read. */
  final java.util.BitSet hiddenColumns = new java.util.BitSet();
  /** Number cells shown as percentages (row, column), the first {@link #PERCENT_KEPT} met: {@link PercentCounts}. */
  final int[] percentRows = new int[PERCENT_KEPT];
  final int[] percentColumns = new int[PERCENT_KEPT];
  int percentCount;
  private static final int PERCENT_KEPT = 256;

  private int row;
  private int column;
  private String type;
  private int style;
  private boolean hasFormula;
  private final StringBuilder value = new StringBuilder();
  private final StringBuilder formula = new StringBuilder();
  private final StringBuilder inline = new StringBuilder();
  private StringBuilder collecting;
  private int phonetic;
  private boolean inInline;

  SheetHandler(List<String> sharedStrings, StyleFormats styles, boolean date1904, TextBudget budget) {
    this.sharedStrings = sharedStrings;
    this.sharedCount = sharedStrings.size();
    this.styles = styles;
    this.date1904 = date1904;
    this.budget = budget;
    this.table = new SheetTable(sharedStrings);
  }

  @Override
  void start(String name, Attributes attributes) {
    switch (name) {
      case "row" -> {
        row = parseInt(attributes.getValue("r"), row + 1);
        if (row < 1 || row > EXCEL_ROWS) {
          throw Stop.invalid();
        }
        column = 0;
        String hiddenRow = attributes.getValue("hidden");
        if ("1".equals(hiddenRow) || "true".equals(hiddenRow)) {
          hidden();
        }
      }
      case "c" -> {
        String ref = attributes.getValue("r");
        column = ref != null ? columnOf(ref, column + 1) : column + 1;
        type = attributes.getValue("t");
        style = parseInt(attributes.getValue("s"), 0);
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
        hasFormula = false;
      }
      case "v" -> collecting = value;
      case "f" -> {
        hasFormula = true;
        collecting = formula;
      }
      case "is" -> inInline = true;
      case "rPh" -> phonetic++;
      case "t" -> collecting = inInline && phonetic == 0 ? inline : null;
      case "col" -> {
        String hiddenColumn = attributes.getValue("hidden");
        if ("1".equals(hiddenColumn) || "true".equals(hiddenColumn)) {
          int min = Math.max(1, parseInt(attributes.getValue("min"), 0));
          int max = Math.min(XlsxLimits.MAX_COLUMNS, parseInt(attributes.getValue("max"), 0));
          if (min <= max) {
            hiddenColumns.set(min, max + 1);
          }
        }
      }
      case "mergeCell" -> {
        if (merged.size() >= XlsxLimits.MAX_MERGED) {
          throw new Stop("too-many-merged", XlsxLimits.MAX_MERGED);
        }
        merged(attributes.getValue("ref"));
      }
      default -> { }
    }
  }

  @Override
  void end(String name) {
    switch (name) {
      case "v", "f", "t" -> collecting = null;
      case "is" -> inInline = false;
      case "rPh" -> phonetic--;
      case "c" -> cell();
      default -> { }
    }
  }

  @Override
  void text(char[] ch, int start, int length) {
    if (collecting != null) {
      if (collecting.length() + length > XlsxLimits.MAX_CELL_CHARS * 4) {
        throw new Stop("cell-too-long", XlsxLimits.MAX_CELL_CHARS, row, column); // Excel itself stops at 32 767 characters
      }
      collecting.append(ch, start, length);
    }
  }

  private void cell() {
    String t = type == null ? "n" : type;
    String v = value.toString();
    if (t.equals("s")) {
      int index = parseInt(v, -1);
      if (index < 0 || index >= sharedCount) {
        throw new Stop("bad-shared-string", 0, row, column);
      }
      if (!sharedStrings.get(index).isEmpty() && place()) {
        table.text(row, column, index);
      }
      return;
    }
    if (t.equals("n") && !v.isBlank()) {
      number(v);
      return;
    }
    String text = switch (t) {
      case "inlineStr" -> inline.toString();
      case "b" -> "1".equals(v.strip()) ? "TRUE" : "FALSE";
      case "str", "e", "d" -> v;
      default -> hasFormula && formula.length() > 0 ? "=" + formula : ""; // a formula never calculated
    };
    text(Cleaning.clean(text));
  }

  private void number(String v) {
    double d;
    try {
      d = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      text(Cleaning.clean(v));
      return;
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      text(Cleaning.clean(v));
      return;
    }
    byte format = styles.kind(style);
    if (format == StyleFormats.DATE && DateUtil.isValidExcelDate(d)) {
      text(DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString());
      return;
    }
    BigDecimal number = new BigDecimal(NumberToTextConverter.toText(d));
    if (format == StyleFormats.PERCENT) {
      number = number.movePointRight(2); // shown as 50 %, stored as 0.5: read what the user sees
      if (percentCount < PERCENT_KEPT) {
        percentRows[percentCount] = row;
        percentColumns[percentCount++] = column;
      }
    }
    if (Math.abs(d) < 1e15) {
      // Below 10^-15 a formula's result is floating-point residue (0.1+0.2-0.3): Excel shows 0.
      number = number.setScale(Math.min(number.scale(), NumberLimits.MAX_DECIMALS), RoundingMode.HALF_UP);
      number = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
      if (number.scale() < 0) {
        number = number.setScale(0);
      }
    } // else past NumberLimits: kept as Excel wrote it (1.7E+308), never as a thousand digits
    if (place()) {
      table.number(row, column, number);
    }
  }

  private void text(String text) {
    if (text.isEmpty() || !place()) {
      return;
    }
    Integer index = kept.get(text);
    if (index == null) {
      budget.take(text.length());
      index = table.keep(text);
      if (text.length() <= 32 && kept.size() < 10_000) {
        kept.put(text, index);
      }
    }
    table.text(row, column, index);
  }

  /** Whether the current cell is kept: within the columns read, the rows and the cells allowed. */
  private boolean place() {
    if (column > XlsxLimits.MAX_COLUMNS) {
      if (tooWide == null) {
        tooWide = new int[] {row, column};
      }
      return false;
    }
    if (table.cells() >= XlsxLimits.MAX_CELLS) {
      throw new Stop("too-many-cells", XlsxLimits.MAX_CELLS, row, column);
    }
    if (table.startsRow(row) && table.rows() >= XlsxLimits.MAX_ROWS) {
      throw new Stop("too-many-rows", XlsxLimits.MAX_ROWS, row, 0);
    }
    return true;
  }

  /** Notes the current row as hidden: a row only, never more than the sheet's rows. */
  private void hidden() {
    if (hiddenCount >= XlsxLimits.MAX_ROWS * 2) {
      return; // a damaged or hostile sheet's thousands of empty hidden rows: those with data are fewer
    }
    if (hiddenCount == hidden.length) {
      hidden = java.util.Arrays.copyOf(hidden, hiddenCount * 2);
    }
    hidden[hiddenCount++] = row;
  }

  private void merged(String ref) {
    if (ref == null || !ref.contains(":")) {
      return;
    }
    String[] ends = ref.split(":", 2);
    int firstColumn = columnOf(ends[0], 0);
    int firstRow = rowOf(ends[0]);
    int lastRow = Math.min(rowOf(ends[1]), EXCEL_ROWS);
    if (firstColumn > 0 && firstColumn <= XlsxLimits.MAX_COLUMNS && firstRow > 0 && lastRow >= firstRow) {
      merged.add(new Merged(firstRow, firstColumn, lastRow));
    }
  }

  /** The column of a reference such as {@code E7} (1-based), or {@code fallback}. */
  static int columnOf(String ref, int fallback) {
    int c = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
      c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    return c > 0 ? c : fallback;
  }

  private static int rowOf(String ref) {
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      i++;
    }
    return parseInt(ref.substring(i), 0);
  }
}
