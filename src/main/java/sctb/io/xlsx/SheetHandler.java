package sctb.io.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import sctb.core.submission.NumberLimits;

/**
 * Streams one worksheet's XML (SAX, never the whole sheet as objects) into its non-empty cells: text
 * cells as text, number cells as the number Excel stored (shortest form that gives back the same
 * double, as Excel shows it), date-formatted numbers as ISO dates, formulas by their cached value
 * (the formula itself when none was saved), error values as Excel writes them ({@code #DIV/0!}).
 * Stops with {@link Stop} when the sheet passes a limit of {@link XlsxLimits}.
 */
final class SheetHandler extends DefaultHandler {
  /** One cell's value: text (never null) and the number it was stored as (null for text). */
  record Value(String text, BigDecimal number) {}

  /** A merged region: first row and column, last row (1-based). */
  record Merged(int firstRow, int firstColumn, int lastRow) {}

  /** A limit was passed or the XML makes no sense: reason (message key) and where. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String reason;
    final int row;
    final int column;

    Stop(String reason, int row, int column) {
      super(reason, null, false, false);
      this.reason = reason;
      this.row = row;
      this.column = column;
    }
  }

  private enum Format { NUMBER, PERCENT, DATE }

  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, Format> formats = new HashMap<>();

  /** Rows by number, cells by column: only non-empty cells. */
  final TreeMap<Integer, TreeMap<Integer, Value>> rows = new TreeMap<>();
  final List<Merged> merged = new ArrayList<>();
  /** The first cell found right of {@link XlsxLimits#MAX_COLUMNS} (row, column), or null. */
  int[] tooWide;

  private long cellCount;
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

  SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (name(localName, qName)) {
      case "row" -> {
        String r = attributes.getValue("r");
        row = r != null ? parseInt(r, row + 1) : row + 1;
        column = 0;
      }
      case "c" -> {
        String ref = attributes.getValue("r");
        column = ref != null ? columnOf(ref, column + 1) : column + 1;
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : parseInt(s, 0);
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
      case "mergeCell" -> {
        if (merged.size() < XlsxLimits.MAX_MERGED) {
          merged(attributes.getValue("ref"));
        }
      }
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (name(localName, qName)) {
      case "v", "f", "t" -> collecting = null;
      case "is" -> inInline = false;
      case "rPh" -> phonetic--;
      case "c" -> cell();
      case "row" -> {
        if (rows.size() > XlsxLimits.MAX_ROWS) {
          throw new Stop("too-many-rows", row, 0);
        }
      }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (collecting != null) {
      if (collecting.length() + length > 32_767 * 4) {
        throw new Stop("cell-too-long", row, column); // Excel itself stops at 32 767 characters
      }
      collecting.append(ch, start, length);
    }
  }

  private void cell() {
    Value v = read();
    if (v == null || v.text().isEmpty()) {
      return;
    }
    if (column > XlsxLimits.MAX_COLUMNS) {
      if (tooWide == null) {
        tooWide = new int[] {row, column};
      }
      return;
    }
    if (++cellCount > XlsxLimits.MAX_CELLS) {
      throw new Stop("too-many-cells", row, column);
    }
    rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, v);
  }

  private Value read() {
    String v = value.toString();
    String t = type == null ? "n" : type;
    switch (t) {
      case "s" -> {
        int index = parseInt(v.strip(), -1);
        if (index < 0 || index >= strings.getCount()) {
          throw new Stop("bad-shared-string", row, column);
        }
        return text(strings.getItemAt(index).getString());
      }
      case "inlineStr" -> {
        return text(inline.toString());
      }
      case "b" -> {
        return text("1".equals(v.strip()) ? "TRUE" : "FALSE");
      }
      case "str", "e", "d" -> {
        return text(v);
      }
      default -> {
        if (v.isBlank()) {
          return hasFormula && formula.length() > 0 ? text("=" + formula) : null; // a formula never calculated
        }
        double d;
        try {
          d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
          return text(v);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          return text(v);
        }
        Format f = format();
        if (f == Format.DATE && DateUtil.isValidExcelDate(d)) {
          return text(DateUtil.getLocalDateTime(d, date1904).toLocalDate().toString());
        }
        String shown = NumberToTextConverter.toText(d);
        BigDecimal number = new BigDecimal(shown);
        if (f == Format.PERCENT) {
          number = number.movePointRight(2); // shown as 50 %, stored as 0.5: read what the user sees
        }
        if (Math.abs(d) >= 1e15) {
          return new Value(shown, number); // past NumberLimits: never written out digit by digit (1E+308)
        }
        // Below 10^-15 a formula's result is floating-point residue (0.1+0.2-0.3): Excel shows 0.
        number = number.setScale(Math.min(number.scale(), NumberLimits.MAX_DECIMALS), RoundingMode.HALF_UP);
        number = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (number.scale() < 0) {
          number = number.setScale(0);
        }
        return new Value(number.toPlainString(), number);
      }
    }
  }

  private Format format() {
    if (styles == null || style <= 0 || style >= styles.getNumCellStyles()) {
      return Format.NUMBER;
    }
    return formats.computeIfAbsent(style, s -> {
      XSSFCellStyle cs = styles.getStyleAt(s);
      if (cs == null) {
        return Format.NUMBER;
      }
      String pattern = cs.getDataFormatString();
      if (DateUtil.isADateFormat(cs.getDataFormat(), pattern)) {
        return Format.DATE;
      }
      return pattern != null && pattern.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%") ? Format.PERCENT : Format.NUMBER;
    });
  }

  private static Value text(String raw) {
    return new Value(Cleaning.clean(raw), null);
  }

  private void merged(String ref) {
    if (ref == null || !ref.contains(":")) {
      return;
    }
    String[] ends = ref.split(":", 2);
    int firstColumn = columnOf(ends[0], 0);
    int firstRow = rowOf(ends[0]);
    int lastRow = rowOf(ends[1]);
    if (firstColumn > 0 && firstRow > 0 && lastRow >= firstRow) {
      merged.add(new Merged(firstRow, firstColumn, lastRow));
    }
  }

  private static String name(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    int colon = n.indexOf(':');
    return colon >= 0 ? n.substring(colon + 1) : n;
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

  private static int parseInt(String s, int fallback) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
