package sctb.core.submission;

import java.time.LocalDate;
import sctb.core.text.Fold;

/**
 * The correction rule (docs/methodology.md §14): of two rows of one agency for the same period and
 * key, the one in a correction file wins over one that is not (a file whose name says "điều chỉnh",
 * "dieu-chinh" or "correction"); otherwise the one submitted on a later date; otherwise neither — the
 * later one read is a {@code duplicate-row}.
 */
public final class Corrections {
  private Corrections() {}

  /** True for a file whose name (not its folders) says it corrects an earlier submission. */
  public static boolean isCorrectionFile(String path) {
    if (path == null) {
      return false;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    String key = "_" + Fold.key(name) + "_";
    return key.contains("_dieu_chinh_") || key.contains("_correction_") || key.contains("_corrected_");
  }

  /**
   * Which of two rows wins: positive when {@code a} replaces {@code b}, negative when {@code b}
   * replaces {@code a}, 0 when neither does (the rule cannot tell them apart).
   */
  public static int compare(boolean aMarked, LocalDate aDate, boolean bMarked, LocalDate bDate) {
    if (aMarked != bMarked) {
      return aMarked ? 1 : -1;
    }
    if (aDate != null && bDate != null) {
      return aDate.compareTo(bDate);
    }
    return 0;
  }

  /** Why {@code winner} won over the other row: its file, unless both files are alike. */
  public static Correction.Reason reason(boolean winnerMarked, boolean loserMarked) {
    return winnerMarked && !loserMarked ? Correction.Reason.CORRECTION_FILE : Correction.Reason.LATER_DATE;
  }
}
