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
