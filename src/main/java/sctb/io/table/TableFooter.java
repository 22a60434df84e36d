package sctb.io.table;

import java.util.List;
import java.util.regex.Pattern;
import sctb.core.period.PeriodParser;
import sctb.core.submission.TotalsLabel;
import sctb.core.text.Fold;

/**
 * Where a table ends: Vietnamese official forms close with a block under the data — the totals row
 * ("Tổng cộng"), a note ("Ghi chú: …"), the place and date ("Thanh Hóa, ngày 10 tháng 12 năm 2026"),
 * the signers' titles ("Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên, đóng dấu)") and their
 * names, blank rows between. Read as data, each gave an error in every column. The block is the rows at
 * the foot of the table, from its first such line or note (a sentence alone on its row), that are lines of
 * that kind, notes or hold no digit (names, titles), with at least one such line; a data row has several
 * cells and always a digit (its period), so no row that could count is ever cut off. Only the last
 * {@link #LOOKED_AT} rows are looked at (docs/submissions.md).
 */
public final class TableFooter {
  /** Rows at the foot looked at: a footer is a dozen lines, with blank rows between. */
  public static final int LOOKED_AT = 30;

  /** Folded starts of a footer's lines: signers' titles, the signature's note, the recipients, a note. */
  private static final Pattern LINE = Pattern.compile("(?:nguoi_(?:lap|ky|duyet|kiem_tra|bao_cao)|thu_truong"
      + "|(?:kt|tm|q|tuq)_|(?:pho_)?giam_doc|(?:pho_)?truong_phong|chanh_van_phong|ke_toan|lanh_dao|xac_nhan"
      + "|ky_(?:ghi|ten|ho|va|dong|so)|noi_nhan|ghi_chu(?:_.*)?|prepared_by|approved_by|signature|note_).*");
  /** The place and date line, "Thanh Hóa, ngày 10 tháng 12 năm 2026" or the blank "ngày … tháng … năm …". */
  private static final Pattern DATE_LINE = Pattern.compile(".*ngay(?:(?:_\\d{1,2})?_thang(?:_\\d{1,2})?_nam(?:_.*)?"
      + "|_\\d{1,2}_\\d{1,2}_\\d{2,4})");
  /** A date alone in its cell, as a date cell of a workbook reads ("2026-12-10") or typed ("10/12/2026"). */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");

  private TableFooter() {}

  /** How many of {@code data}'s rows come before its footer: all of them when it has none. */
  public static int start(List<TableRecord> data) {
    int end = data.size();
    int top = end;
    while (top > 0 && end - top < LOOKED_AT
        && (line(data.get(top - 1)) || note(data.get(top - 1)) || noDigit(data.get(top - 1)))) {
      top--;
    }
    boolean hasLine = false;
    for (int i = top; i < end && !hasLine; i++) {
      hasLine = line(data.get(i));
    }
    for (int i = top; i < end && hasLine; i++) {
      if (line(data.get(i)) || note(data.get(i))) {
        return i;
      }
    }
    return end;
  }

  /** The data without its footer. */
  public static List<TableRecord> cut(List<TableRecord> data) {
    int start = start(data);
    return start == data.size() ? data : data.subList(0, start);
  }

  /**
   * A footer's own line: a totals row, or a row naming no period with a signer's title, a note or the date line
   * (or the date alone, in a date cell, with nothing else beside it).
   */
  static boolean line(TableRecord r) {
    boolean footer = false;
    int filled = 0;
    boolean date = false;
    for (String cell : r.cells()) {
      if (cell.isEmpty()) {
        continue;
      }
      if (TotalsLabel.is(cell)) {
        return true;
      }
      if (PeriodParser.parse(cell).isPresent()) {
        return false; // a row of the data
      }
      filled++;
      date = DATE.matcher(cell).matches();
      if (!footer && cell.length() <= 200) {
        String key = Fold.key(cell);
        footer = LINE.matcher(key).matches() || DATE_LINE.matcher(key).matches();
      }
    }
    return footer || (filled == 1 && date);
  }

  /**
   * A sentence alone on its row ("Số liệu 6 tháng là số ước tính"), above or among the footer's lines: a note. A
   * data row has several cells; a period alone is no note.
   */
  static boolean note(TableRecord r) {
    String only = null;
    for (String cell : r.cells()) {
      if (!cell.isEmpty()) {
        if (only != null) {
          return false;
        }
        only = cell;
      }
    }
    return only != null && only.strip().indexOf(' ') > 0 && PeriodParser.parse(only).isEmpty();
  }

  private static boolean noDigit(TableRecord r) {
    for (String cell : r.cells()) {
      for (int i = 0; i < cell.length(); i++) {
        if (Character.isDigit(cell.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }
}
