package sctb.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text normalisation rules: NFC for everything read, and a "folded" key for matching what people
 * type (case, Vietnamese diacritics, đ, spacing and punctuation ignored).
 */
public final class Fold {
  private Fold() {}

  /** NFC-normalises input text; Vietnamese can arrive composed or decomposed. */
  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The matching key: lower case, no diacritics, đ→d, every run of non-letters/digits turned into a
   * single "_", trimmed of "_" at both ends. "Kỳ báo cáo" and "ky_bao_cao" give the same key.
   */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    // Fast path: each char decomposed on its own from a table (the same as decomposing the whole
    // text, since only combining marks are ever reordered and those are dropped or act as gaps).
    String[] table = DECOMPOSED;
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char raw = text.charAt(i);
      if (raw >= table.length) {
        return slowKey(text);
      }
      String d = table[raw];
      if (d == null) {
        d = Normalizer.normalize(String.valueOf(raw), Normalizer.Form.NFD);
        table[raw] = d;
      }
      for (int j = 0; j < d.length(); j++) {
        gap = append(d.charAt(j), out, gap);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Per-char NFD decompositions below U+2000 (Latin, Vietnamese, combining marks), filled as met. */
  private static final String[] DECOMPOSED = new String[0x2000];

  private static String slowKey(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); i++) {
      gap = append(decomposed.charAt(i), out, gap);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The folding rule for one decomposed char: marks dropped, đ→d, letters and digits lower-cased,
   * anything else opens a gap that becomes one "_" before the next letter. Returns the gap state.
   */
  private static boolean append(char c, StringBuilder out, boolean gap) {
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return gap;
    }
    char letter = c == 'đ' || c == 'Đ' ? 'd' : c;
    if (!Character.isLetterOrDigit(letter)) {
      return true;
    }
    if (gap && out.length() > 0) {
      out.append('_');
    }
    out.append(Character.toLowerCase(letter));
    return false;
  }
}
