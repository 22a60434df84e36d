package sctb.core.submission;

import java.math.BigDecimal;

/**
 * Reads numbers as Excel users type them: {@code 1234.5}, {@code 1.234,5}, {@code 1,234.5},
 * {@code 150.000.000}, {@code 1 234,5}. A value whose separator could be either ({@code 1.234},
 * {@code 1,234}) follows the file's {@link DecimalStyle}. Excel error values ({@code #N/A},
 * {@code #DIV/0!}) and anything else are refused, never read as zero. Values are kept exactly. Excel's
 * "store as text" apostrophe before the number ({@code '1234,5}) is no part of it ({@link TextMarker}).
 */
public final class Numbers {
  private Numbers() {}

  /** The outcome of reading one cell. */
  public sealed interface Result permits Value, Bad, Beyond {}

  /** A number; {@code ambiguous} when its separator could have meant either thing. */
  public record Value(BigDecimal value, boolean ambiguous) implements Result {}

  /** Not a number; {@code excel} when it is one of Excel's error values. */
  public record Bad(boolean excel) implements Result {}

  /** A number past one of {@link NumberLimits}: never made, so never computed with. */
  public record Beyond(NumberLimits.Breach breach) implements Result {}

  /** The cell's number, or why it is none; past {@link NumberLimits} no number is made (one pass over the text). */
  public static Result parse(String text, DecimalStyle style) {
    Result simple = plain(text);
    if (simple != null) {
      return simple;
    }
    String t = compact(TextMarker.without(text));
    if (t.startsWith("#")) {
      return new Bad(true);
    }
    String sign = "";
    if (t.startsWith("-") || t.startsWith("+") || t.startsWith(MINUS_SIGN)) {
      sign = t.startsWith("+") ? "" : "-";
      t = t.substring(1);
    }
    if (t.isEmpty() || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == ',')
        || t.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return new Bad(false);
    }
    Shape shape = shape(t);
    if (shape == null) {
      return new Bad(false);
    }
    char decimal = shape.decimal != 0 ? shape.decimal : style.separator();
    char grouping = decimal == ',' ? '.' : ',';
    if (shape.decimal == 0 && !validGrouping(t, grouping, decimal)) {
      // the file's style makes an ambiguous value's separator a decimal one
      decimal = t.indexOf(',') >= 0 ? ',' : '.';
      grouping = decimal == ',' ? '.' : ',';
    }
    if (!validGrouping(t, grouping, decimal)) {
      return new Bad(false);
    }
    String plain = t.replace(String.valueOf(grouping), "").replace(decimal, '.');
    if (plain.endsWith(".")) {
      return new Bad(false);
    }
    if (plain.startsWith(".")) {
      plain = "0" + plain;
    }
    NumberLimits.Breach breach = NumberLimits.of(plain);
    if (breach != null) {
      return new Beyond(breach);
    }
    return new Value(new BigDecimal(sign + plain), shape.ambiguous);
  }

  /**
   * The common case: up to 18 digits, optionally a minus sign and one separator that cannot be a
   * thousands one (not followed by exactly three digits after one to three leading digits), within
   * {@link NumberLimits}. Null for anything else, which takes the full path ({@link #parse}). Same
   * value and scale; never ambiguous.
   */
  public static BigDecimal plainValue(String text) {
    int separator = plainSeparator(text);
    if (separator == NOT_PLAIN) {
      return null;
    }
    int n = text.length();
    int i = text.charAt(0) == '-' ? 1 : 0;
    // The digits before the separator, then those after it: two loops with nothing conditional in
    // them, and no branch on whether there is a separator (all ones in noSeparator when it is -1), so
    // that the compiled code holds for integers and decimals alike, whichever came first.
    int noSeparator = separator >> 31;
    int wholeEnd = separator + (noSeparator & (n - separator));
    long unscaled = digits(text, i, wholeEnd, 0);
    unscaled = digits(text, wholeEnd + 1, n, unscaled);
    int scale = (n - separator - 1) & ~noSeparator;
    // At most 18 digits: only the whole part and the decimals can pass a limit.
    if (scale <= NumberLimits.MAX_DECIMALS - 3 && unscaled < POWERS_OF_TEN[NumberLimits.MAX_WHOLE_DIGITS]) {
      return BigDecimal.valueOf(i == 1 ? -unscaled : unscaled, scale);
    }
    return NumberLimits.of(limited(text, separator)) == null ? BigDecimal.valueOf(i == 1 ? -unscaled : unscaled, scale) : null;
  }

  /** {@code unscaled} followed by the digits of {@code text} from {@code from} to {@code to}. */
  private static long digits(String text, int from, int to, long unscaled) {
    for (int k = from; k < to; k++) {
      unscaled = unscaled * 10 + (text.charAt(k) - '0');
    }
    return unscaled;
  }

  /** {@link #plainValue} as a {@link Result}: a number past the limits is {@link Beyond}; null when not plain. */
  private static Result plain(String text) {
    BigDecimal value = plainValue(text);
    if (value != null) {
      return new Value(value, false);
    }
    int separator = plainSeparator(text);
    return separator == NOT_PLAIN ? null : new Beyond(NumberLimits.of(limited(text, separator)));
  }

  /** A plain decimal's digits as {@link NumberLimits} reads them: no sign, "." for its separator. */
  private static String limited(String text, int separator) {
    int i = text.charAt(0) == '-' ? 1 : 0;
    return separator < 0 ? text.substring(i) : text.substring(i, separator) + "." + text.substring(separator + 1);
  }

  /** The largest n for which 10^n fits a long. */
  public static final int MAX_LONG_POWER_OF_TEN = 18;
  private static final long[] POWERS_OF_TEN = new long[MAX_LONG_POWER_OF_TEN + 1];

  /** 10^{@code n}, for n from 0 to {@link #MAX_LONG_POWER_OF_TEN}. */
  public static long powerOfTen(int n) {
    return POWERS_OF_TEN[n];
  }

  static {
    POWERS_OF_TEN[0] = 1;
    for (int k = 1; k < POWERS_OF_TEN.length; k++) {
      POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
    }
  }

  private static final int NOT_PLAIN = -2;

  /**
   * The shape {@link #plain} accepts, checked without making the number: {@value #NOT_PLAIN} when
   * the text is not a plain decimal, -1 for digits alone, else where its one separator is.
   */
  private static int plainSeparator(String text) {
    int n = text == null ? 0 : text.length();
    if (n == 0 || n > 19) {
      return NOT_PLAIN;
    }
    int i = text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    int separator = -1;
    for (int k = i; k < n; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if ((c == '.' || c == ',') && separator < 0) {
        separator = k;
      } else {
        return NOT_PLAIN;
      }
    }
    if (digits == 0 || digits > 18) {
      return NOT_PLAIN;
    }
    if (separator >= 0) {
      int whole = separator - i;
      int scale = n - separator - 1;
      if (whole == 0 || scale == 0) {
        return NOT_PLAIN;
      }
      if (scale == 3 && whole <= 3 && text.charAt(i) != '0') {
        return NOT_PLAIN; // 1.234: the file's style decides
      }
    }
    return separator;
  }

  /**
   * Which decimal separator this value proves, if it proves one: ',' or '.', else {@link #NO_EVIDENCE}.
   * A char, not an Optional: asked of every numeric cell until a file's style is settled (an Optional
   * a cell was ~2 % of validate's bytes, round 11).
   */
  public static char evidence(String text) {
    int separator = plainSeparator(text);
    if (separator != NOT_PLAIN) {
      // Digits alone prove nothing; one separator that cannot group proves itself.
      return separator < 0 ? NO_EVIDENCE : text.charAt(separator);
    }
    String t = compact(TextMarker.without(text));
    if (t.startsWith("-") || t.startsWith("+") || t.startsWith(MINUS_SIGN)) {
      t = t.substring(1);
    }
    if (t.isEmpty() || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == ',')) {
      return NO_EVIDENCE;
    }
    Shape shape = shape(t);
    if (shape == null || shape.ambiguous || (t.indexOf('.') < 0 && t.indexOf(',') < 0)) {
      return NO_EVIDENCE;
    }
    return shape.decimal;
  }

  /** The typographic minus (U+2212) Word and web pages put before a negative number pasted into Excel. */
  private static final String MINUS_SIGN = "\u2212";

  /** What {@link #evidence} says of a value that proves no separator. */
  public static final char NO_EVIDENCE = 0;

  /** What people write in a number cell to mean "none", folded by {@link sctb.core.text.Fold#key}. */
  private static final java.util.Set<String> NO_VALUE_WORDS = java.util.Set.of("khong", "khong_co", "khong_co_so_lieu",
      "n_a", "na", "x");

  /**
   * True when {@code text}, not a number, is a placeholder for "none": dashes alone ({@code -}, {@code —}:
   * also what Excel shows for 0 in its accounting and comma styles, and saves so in a CSV) or a word such
   * as "không có", "N/A". Asked only of a cell already found not to be a number.
   */
  public static boolean meansNoValue(String text) {
    String t = text.strip();
    if (!t.isEmpty() && t.chars().allMatch(c -> c == '-' || c == '\u2012' || c == '\u2013' || c == '\u2014'
        || c == '\u2015' || c == '\u2212' || Character.isWhitespace(c))) {
      return true;
    }
    return NO_VALUE_WORDS.contains(sctb.core.text.Fold.key(t));
  }

  /** What the separators alone say: the decimal separator when certain (0 when ambiguous). */
  private record Shape(char decimal, boolean ambiguous) {}

  private static Shape shape(String t) {
    int dots = count(t, '.');
    int commas = count(t, ',');
    if (dots == 0 && commas == 0) {
      return new Shape('.', false);
    }
    if (dots > 0 && commas > 0) {
      char last = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      return count(t, last) == 1 ? new Shape(last, false) : null;
    }
    char sep = dots > 0 ? '.' : ',';
    char other = sep == '.' ? ',' : '.';
    if ((sep == '.' ? dots : commas) > 1) {
      return new Shape(other, false); // several: they group thousands
    }
    int at = t.indexOf(sep);
    String whole = t.substring(0, at);
    String fraction = t.substring(at + 1);
    boolean couldGroup = fraction.length() == 3 && !whole.isEmpty() && whole.length() <= 3 && whole.charAt(0) != '0';
    return couldGroup ? new Shape((char) 0, true) : new Shape(sep, false);
  }

  /** Groups after the first must have exactly three digits, the first one to three; one decimal separator at most. */
  private static boolean validGrouping(String t, char grouping, char decimal) {
    if (count(t, decimal) > 1) {
      return false;
    }
    int d = t.indexOf(decimal);
    String whole = d >= 0 ? t.substring(0, d) : t;
    if (d >= 0 && t.indexOf(grouping, d) >= 0) {
      return false;
    }
    if (whole.indexOf(grouping) < 0) {
      return true;
    }
    String[] groups = whole.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static String compact(String text) {
    if (text == null) {
      return "";
    }
    int clean = 0;
    while (clean < text.length() && !Character.isWhitespace(text.charAt(clean)) && !Character.isSpaceChar(text.charAt(clean))) {
      clean++;
    }
    if (clean == text.length()) {
      return text; // nothing to remove: no copy
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int count(String t, char c) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
