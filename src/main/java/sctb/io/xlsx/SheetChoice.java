package sctb.io.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import sctb.core.text.Fold;

/**
 * Which sheets of a workbook may hold the submission: the first visible sheet named like a file kind
 * (task progress: "nhiem-vu", "Nhiệm vụ", "tasks"; indicator data: "chi-so", "Chỉ số", "indicators";
 * the register: "co-so", "Sổ đăng ký", "register"; matched by {@link Fold#key}), otherwise every
 * visible sheet in workbook order — the reader takes the first whose header names a file kind, since
 * a cover or instructions sheet often comes first (hidden sheets hold lookup lists, not data).
 */
final class SheetChoice {
  /** Folded sheet names that say what a sheet holds. */
  static final Set<String> KIND_NAMES = Set.of("nhiem_vu", "tasks", "chi_so", "indicators", "co_so", "so_dang_ky",
      "register");

  private SheetChoice() {}

  /**
   * The indexes of the sheets to try among {@code names} (in workbook order), best first: the sheet
   * named like a file kind alone, else the visible sheets, else the first sheet; none without sheets.
   */
  static List<Integer> candidates(List<String> names, Set<Integer> hidden) {
    for (int i = 0; i < names.size(); i++) {
      if (!hidden.contains(i) && KIND_NAMES.contains(Fold.key(names.get(i)))) {
        return List.of(i);
      }
    }
    List<Integer> visible = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!hidden.contains(i)) {
        visible.add(i);
      }
    }
    return !visible.isEmpty() ? visible : names.isEmpty() ? List.of() : List.of(0);
  }
}
