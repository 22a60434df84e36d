package sctb.io.csv;

/** Finds a file's delimiter — {@code ,}, {@code ;} or tab — by counting them in the header line, outside quotes. */
final class Delimiters {
  private Delimiters() {}

  static char detect(CharSequence text) {
    int[] counts = count(text);
    int comma = counts[0];
    int semicolon = counts[1];
    int tab = counts[2];
    if (semicolon > comma && semicolon >= tab) {
      return ';';
    }
    if (tab > comma && tab > semicolon) {
      return '\t';
    }
    return ',';
  }

  /** Whether {@code start}, the beginning of a text, already decides {@link #detect} of the whole text. */
  static boolean decidedBy(CharSequence start) {
    return count(start)[3] == 1;
  }

  /** Commas, semicolons and tabs of the first line holding any, and 1 when that line's end was met. */
  private static int[] count(CharSequence text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (comma + semicolon + tab > 0) {
          return new int[] {comma, semicolon, tab, 1};
        }
      } else if (!quoted) {
        if (c == ',') {
          comma++;
        } else if (c == ';') {
          semicolon++;
        } else if (c == '\t') {
          tab++;
        }
      }
    }
    return new int[] {comma, semicolon, tab, 0};
  }
}
