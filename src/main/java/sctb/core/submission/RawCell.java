package sctb.core.submission;

import java.math.BigDecimal;

/**
 * One cell as read: its text (trimmed, NFC), its 1-based column position and the header written above
 * it. {@code number} is set when a spreadsheet stored the cell as a number (then {@code text} is that
 * number written plainly); text cells, and every CSV cell, leave it null and are parsed from text.
 */
public record RawCell(String text, int column, String header, BigDecimal number) {

  /** A cell known only as text (CSV, or a spreadsheet's text cell). */
  public RawCell(String text, int column, String header) {
    this(text, column, header, null);
  }

  public boolean isBlank() {
    return text == null || text.isBlank();
  }
}
