package sctb.core.submission;

import java.util.regex.Pattern;
import sctb.core.text.Fold;

/**
 * "Cộng nhóm I", "Tổng nhóm II", "Cộng mục 3", "Tổng cộng ngành Dệt may", "Cộng I", "Subtotal group A": the label
 * of a line a clerk adds under each group of rows with the group's sums. sctb adds the rows up itself, so such a
 * line is never data ({@code subtotal-row}); a {@link TotalsLabel} between the rows is one too. Looked at only for
 * a short text, a totals word then a group word or a group's number, so that no task title ("Tổng kết…") or name
 * ("Cộng đồng…") is taken for one.
 */
public final class SubtotalLabel {
  private static final Pattern SUBTOTAL = Pattern.compile("(?:tong_cong|tong_so|tong|cong|subtotal|sub_total|total|sum)_"
      + "(?:(?:nhom|muc|phan|chuong|linh_vuc|nganh|khoi|loai|dot|group|section|part|sector)(?:_.*)?"
      + "|[ivx]{1,5}|\\d{1,2}|[a-h])");
  private static final int LONGEST = 80;
  /** How every label starts (NFC text, any case): tried first, so that a name ("Công ty…") costs no folding. */
  private static final String[] STARTS = {"tổng", "cộng", "tong", "cong", "sub", "total", "sum"};

  private SubtotalLabel() {}

  public static boolean is(String text) {
    return !text.isEmpty() && text.length() <= LONGEST && startsAsOne(text)
        && (TotalsLabel.is(text) || SUBTOTAL.matcher(Fold.key(text)).matches());
  }

  private static boolean startsAsOne(String text) {
    for (String start : STARTS) {
      if (text.regionMatches(true, 0, start, 0, start.length())) {
        return true;
      }
    }
    return false;
  }
}
