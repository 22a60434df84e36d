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
        char c = d.charAt(j);
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        if (c == 'đ' || c == 'Đ') {
          c = 'd';
        }
        if (Character.isLetterOrDigit(c)) {
          if (gap && out.length() > 0) {
            out.append('_');
          }
          gap = false;
          out.append(Character.toLowerCase(c));
        } else {
          gap = true;
        }
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
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append('_');
        }
        gap = false;
        out.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

}
