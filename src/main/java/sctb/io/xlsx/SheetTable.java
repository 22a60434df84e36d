package sctb.io.xlsx;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import sctb.io.table.TableRecord;

/**
 * One sheet's non-empty cells in primitive arrays — about 16 bytes a cell, no object per cell — and
 * then as {@link TableRecord}s whose cells are views on those arrays. A text cell refers to a text by
 * index (shared strings first, then texts met in cells); a number cell holds its decimal as an
 * unscaled long and a scale. Merged regions are filled in here, after their size was checked.
 */
final class SheetTable {
  private static final byte TEXT = 0;
  private static final byte NUMBER = 1;

  private final List<String> texts;
  private int n;
  private int[] rows = new int[256];
  private short[] columns = new short[256];
  private byte[] kinds = new byte[256];
  private long[] values = new long[256];
  private short[] scales = new short[256];
  private int rowCount;
  private int lastRow = -1;
  private boolean ordered = true;

  /** {@code sharedStrings}: the workbook's table, which text indexes start with (texts met in cells are added to it). */
  SheetTable(List<String> sharedStrings) {
    this.texts = sharedStrings;
  }

  int cells() {
    return n;
  }

  /** Adds a text kept once (its index, for {@link #text}). */
  int keep(String text) {
    texts.add(text);
    return texts.size() - 1;
  }

  int sharedStrings() {
    return texts.size();
  }

  /** A text cell: {@code index} into the shared strings or texts kept. */
  void text(int row, int column, int index) {
    add(row, column, TEXT, index, (short) 0);
  }

  /** A number cell; {@code value} has at most 18 digits and a scale within a short (a double's decimal form always does). */
  void number(int row, int column, BigDecimal value) {
    add(row, column, NUMBER, value.unscaledValue().longValueExact(), (short) value.scale());
  }

  /** Whether a cell of {@code row} would start a row (the last cell added is in another). */
  boolean startsRow(int row) {
    return row != lastRow;
  }

  /** Rows with at least one cell (rows met out of order may be counted twice: an upper bound). */
  int rows() {
    return rowCount;
  }

  private void add(int row, int column, byte kind, long value, short scale) {
    if (n == rows.length) {
      int size = n * 2;
      rows = Arrays.copyOf(rows, size);
      columns = Arrays.copyOf(columns, size);
      kinds = Arrays.copyOf(kinds, size);
      values = Arrays.copyOf(values, size);
      scales = Arrays.copyOf(scales, size);
    }
    if (row != lastRow) {
      rowCount++;
      ordered &= row > lastRow;
      lastRow = row;
    } else if (n > 0) {
      ordered &= column > columns[n - 1];
    }
    rows[n] = row;
    columns[n] = (short) column;
    kinds[n] = kind;
    values[n] = value;
    scales[n] = scale;
    n++;
  }

  /**
   * Fills merged regions in: a region's first cell's value goes to the rows below it in its column
   * where that cell is empty; first the cells this could add are counted, and past
   * {@link XlsxLimits#MAX_CELLS} in all nothing is added ({@link Stop}).
   */
  void fillMerged(List<SheetHandler.Merged> merged) {
    sort();
    int[] distinct = distinctRows();
    long adding = 0;
    for (SheetHandler.Merged m : merged) {
      adding += Math.max(0, upper(distinct, m.lastRow()) - upper(distinct, m.firstRow()));
      if (n + adding > XlsxLimits.MAX_CELLS) {
        throw new Stop("merged-too-large", XlsxLimits.MAX_CELLS);
      }
    }
    int before = n;
    for (SheetHandler.Merged m : merged) {
      int first = find(m.firstRow(), m.firstColumn(), before);
      if (first < 0) {
        continue;
      }
      for (int r = upper(distinct, m.firstRow()); r < upper(distinct, m.lastRow()); r++) {
        if (find(distinct[r], m.firstColumn(), before) < 0) {
          add(distinct[r], m.firstColumn(), kinds[first], values[first], scales[first]);
        }
      }
    }
    if (n > before) {
      ordered = false;
      sort();
    }
  }

  /** The rows in order, each a record of {@code width} cells from column A. */
  List<TableRecord> records(int width) {
    sort();
    List<TableRecord> out = new ArrayList<>(rowCount);
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && rows[end] == rows[start]) {
        end++;
      }
      out.add(new TableRecord(rows[start], new Texts(start, end, width), new Numbers(start, end, width)));
      start = end;
    }
    return out;
  }

  /** The rightmost column with a cell. */
  int width() {
    int w = 0;
    for (int i = 0; i < n; i++) {
      w = Math.max(w, columns[i]);
    }
    return w;
  }

  /** Orders cells by row then column (a sheet written out of order); of two cells in one place the first met stays. */
  private void sort() {
    if (ordered) {
      return;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) rows[i] << 42) | ((long) columns[i] << 22) | i;
    }
    Arrays.sort(keys);
    int[] r = new int[n];
    short[] c = new short[n];
    byte[] k = new byte[n];
    long[] v = new long[n];
    short[] s = new short[n];
    int m = 0;
    for (int j = 0; j < n; j++) {
      int i = (int) (keys[j] & ((1 << 22) - 1));
      if (m > 0 && r[m - 1] == rows[i] && c[m - 1] == columns[i]) {
        continue;
      }
      r[m] = rows[i];
      c[m] = columns[i];
      k[m] = kinds[i];
      v[m] = values[i];
      s[m] = scales[i];
      m++;
    }
    rows = r;
    columns = c;
    kinds = k;
    values = v;
    scales = s;
    n = m;
    ordered = true;
  }

  private int[] distinctRows() {
    int[] out = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || out[m - 1] != rows[i]) {
        out[m++] = rows[i];
      }
    }
    return Arrays.copyOf(out, m);
  }

  /** How many of the sorted {@code distinct} rows are at most {@code row}. */
  private static int upper(int[] distinct, int row) {
    int i = Arrays.binarySearch(distinct, row);
    return i >= 0 ? i + 1 : -(i + 1);
  }

  /** The index of the cell at (row, column) among the first {@code limit} (sorted) cells, or -1. */
  private int find(int row, int column, int limit) {
    int lo = 0;
    int hi = limit - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int cmp = rows[mid] != row ? Integer.compare(rows[mid], row) : Integer.compare(columns[mid], column);
      if (cmp == 0) {
        return mid;
      }
      if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** The cell of column {@code index + 1} within a row's cells [start, end), or -1. */
  private int cellAt(int start, int end, int index) {
    int column = index + 1;
    int lo = start;
    int hi = end - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (columns[mid] == column) {
        return mid;
      }
      if (columns[mid] < column) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private BigDecimal decimal(int i) {
    return BigDecimal.valueOf(values[i], scales[i]);
  }

  /** A row's cells from column A, {@code width} of them, as views on the sheet's arrays (cells [start, end)). */
  private abstract class RowView<T> extends AbstractList<T> implements RandomAccess {
    private final int start;
    private final int end;
    private final int width;

    RowView(int start, int end, int width) {
      this.start = start;
      this.end = end;
      this.width = width;
    }

    /** The index of the cell at position {@code index} (column {@code index + 1}), or -1 when it is empty. */
    int cell(int index) {
      return cellAt(start, end, index);
    }

    @Override
    public int size() {
      return width;
    }
  }

  /** A row's texts: "" for empty cells, a number written out (in E-notation past 10^15, never a thousand digits). */
  private final class Texts extends RowView<String> {
    Texts(int start, int end, int width) {
      super(start, end, width);
    }

    @Override
    public String get(int index) {
      int i = cell(index);
      if (i < 0) {
        return "";
      }
      if (kinds[i] == TEXT) {
        return texts.get((int) values[i]);
      }
      BigDecimal d = decimal(i);
      return (long) d.precision() - d.scale() > 15 ? d.toString() : d.toPlainString();
    }
  }

  /** A row's numbers: the cell's number when it was stored as one, else null. */
  private final class Numbers extends RowView<BigDecimal> {
    Numbers(int start, int end, int width) {
      super(start, end, width);
    }

    @Override
    public BigDecimal get(int index) {
      int i = cell(index);
      return i < 0 || kinds[i] != NUMBER ? null : decimal(i);
    }
  }
}
