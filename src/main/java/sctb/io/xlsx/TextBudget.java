package sctb.io.xlsx;

/** The characters of text one workbook may keep ({@link XlsxLimits#MAX_TEXT_CHARS}), counted as they are kept. */
final class TextBudget {
  private long used;

  /** Counts {@code chars} more; {@link Stop} past the budget. */
  void take(long chars) {
    used += chars;
    if (used > XlsxLimits.MAX_TEXT_CHARS) {
      throw new Stop("too-much-text", XlsxLimits.MAX_TEXT_CHARS);
    }
  }
}
