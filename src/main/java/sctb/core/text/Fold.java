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
    // Most text arrives composed: checking is cheaper than normalising into a copy.
    return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * The matching key: lower case, no diacritics, đ→d, every run of non-letters/digits turned into a
   * single "_", trimmed of "_" at both ends. "Kỳ báo cáo" and "ky_bao_cao" give the same key.
   */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    char[] chars = text.toCharArray();
    int n = asciiKeyInPlace(chars, chars.length);
    return n >= 0 ? new String(chars, 0, n) : slowKey(text);
  }

  /**
   * {@link #key} of the text in {@code chars[0, length)} written over it from the start (a key is never
   * longer than its text: each char gives at most one, a "_" stands for at least one), its length
   * returned; -1 when the key is not all ASCII or needs the general path, and {@code chars} then holds
   * nothing of use. The one rule of {@link #key}'s fast path, also for names that are no String (a
   * {@link NameArena}'s bytes): a caller goes on with the chars and makes a String only if it keeps one.
   */
  public static int asciiKeyInPlace(char[] chars, int length) {
    // Each char folded on its own from a table (the same as decomposing the whole text, since only
    // combining marks are ever reordered and those are dropped or act as gaps). Written at n ≤ i: the
    // char at i is read before anything is written there.
    int n = 0;
    boolean gap = false;
    for (int i = 0; i < length; i++) {
      char raw = chars[i];
      if (raw >= FOLDED.length) {
        return -1;
      }
      char f = FOLDED[raw];
      if (f == UNKNOWN) {
        f = folded(raw);
        FOLDED[raw] = f;
      }
      if (f == MARK) {
        continue;
      }
      if (f == GAP) {
        gap = true;
        continue;
      }
      if (f >= 0x80) {
        return -1; // SEVERAL, or a letter beyond ASCII: the general path
      }
      if (gap && n > 0) {
        chars[n++] = '_';
      }
      gap = false;
      chars[n++] = f;
    }
    return n;
  }

  private static final char UNKNOWN = 0;
  private static final char MARK = '\uFFFE';
  private static final char GAP = '\uFFFF';
  private static final char SEVERAL = '\uFFFD';
  /**
   * Per char below U+2000 (Latin, Vietnamese, combining marks), what it folds to, filled as met: one
   * lower-case letter or digit, {@link #MARK} (dropped), {@link #GAP}, or {@link #SEVERAL} (the slow path).
   */
  private static final char[] FOLDED = new char[0x2000];

  private static char folded(char raw) {
    String decomposed = Normalizer.normalize(String.valueOf(raw), Normalizer.Form.NFD);
    char letter = UNKNOWN;
    int letters = 0;
    int gaps = 0;
    for (int j = 0; j < decomposed.length(); j++) {
      char c = fold(decomposed.charAt(j));
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        letter = Character.toLowerCase(c);
        letters++;
      } else {
        gaps++;
      }
    }
    if (letters == 0) {
      return gaps == 0 ? MARK : GAP;
    }
    return letters == 1 && gaps == 0 && letter < SEVERAL ? letter : SEVERAL;
  }

  private static char fold(char c) {
    return c == 'đ' || c == 'Đ' ? 'd' : c;
  }

  /** The reference rule: the whole text decomposed at once (also what texts beyond the table take). */
  static String slowKey(String text) {
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
    char letter = fold(c);
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
