package sctb.core.submission;

import java.util.Set;
import sctb.core.text.Fold;

/**
 * "Tổng cộng", "Cộng", "Tổng số", "Total": the label of a table's totals row. The rows are added up by
 * sctb, so such a row is never data: at the foot of the table it ends it ({@code sctb.io.table.TableFooter}),
 * where an entity's name goes it is a {@code totals-row}. Looked at only for a short text, so that the rule
 * costs nothing on real names.
 */
public final class TotalsLabel {
  private static final Set<String> TOTALS = Set.of("tong", "tong_cong", "cong", "tong_so",
      "tong_cong_chung", "total", "totals", "grand_total", "sum", "subtotal", "sub_total");
  private static final int LONGEST = 20;

  private TotalsLabel() {}

  public static boolean is(String text) {
    return !text.isEmpty() && text.length() <= LONGEST && TOTALS.contains(Fold.key(text));
  }
}
