package sctb.io.xlsx;

import java.util.List;
import java.util.Set;
import sctb.core.text.Fold;

/**
 * Which sheet of a workbook holds the submission: the first visible sheet named like a file kind (task
 * progress: "nhiem-vu", "Nhiệm vụ", "tasks"; indicator data: "chi-so", "Chỉ số", "indicators"; the
 * register: "co-so", "Sổ đăng ký", "register"; matched
 * by {@link Fold#key}), otherwise the first visible sheet (hidden sheets hold lookup lists, not data).
 */
final class SheetChoice {
  /** Folded sheet names that say what a sheet holds. */
  static final Set<String> KIND_NAMES = Set.of("nhiem_vu", "tasks", "chi_so", "indicators", "co_so", "so_dang_ky",
      "register");

  private SheetChoice() {}

  /** The index of the sheet to read among {@code names} (in workbook order); -1 when there is none. */
  static int choose(List<String> names, Set<Integer> hidden) {
    for (int i = 0; i < names.size(); i++) {
      if (!hidden.contains(i) && KIND_NAMES.contains(Fold.key(names.get(i)))) {
        return i;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (!hidden.contains(i)) {
        return i;
      }
    }
    return names.isEmpty() ? -1 : 0;
  }
}
