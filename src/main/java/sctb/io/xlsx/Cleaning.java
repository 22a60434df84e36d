package sctb.io.xlsx;

import sctb.core.text.Fold;
import sctb.core.text.SafeText;

/** A text cell as sctb keeps it: NFC, without the spaces (also no-break spaces) around it, control characters escaped. */
final class Cleaning {
  private Cleaning() {}

  static String clean(String value) {
    if (value == null) {
      return "";
    }
    String text = Fold.nfc(value);
    int start = 0;
    int end = text.length();
    while (start < end && blank(text.charAt(start))) {
      start++;
    }
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    return SafeText.text(text.substring(start, end));
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
