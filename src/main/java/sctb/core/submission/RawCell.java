package sctb.core.submission;

/** One cell as read: its text (trimmed, NFC), its 1-based column position and the header written above it. */
public record RawCell(String text, int column, String header) {
  public boolean isBlank() {
    return text == null || text.isBlank();
  }
}
