package sctb.core.submission;

import java.math.BigDecimal;

/**
 * How large and how precise a number in a submission may be (docs/submissions.md, "Numbers"): at most
 * {@value #MAX_SIGNIFICANT_DIGITS} significant digits, below 10^{@value #MAX_WHOLE_DIGITS} (a million
 * billion: more than any amount in đồng, count or quantity one agency reports for six months) and at
 * most {@value #MAX_DECIMALS} decimals. Text is checked on its digits in one pass before any number
 * is made, so a cell of a million digits costs a scan, never big-number arithmetic; within the limits
 * every quotient, sum and chart coordinate downstream stays far inside a double's range. Progress has
 * its own range, 0–100, and amounts, numerators and denominators must not be negative (the row rules).
 */
public final class NumberLimits {
  /** Digits from the first non-zero one to the last non-zero one. */
  public static final int MAX_SIGNIFICANT_DIGITS = 18;
  /** Digits before the decimal separator, leading zeros aside: values below 10^15. */
  public static final int MAX_WHOLE_DIGITS = 15;
  /** Digits after the decimal separator, trailing zeros aside. */
  public static final int MAX_DECIMALS = 15;

  /** A limit a number passes. */
  public enum Breach {
    TOO_LARGE("too-large", MAX_WHOLE_DIGITS),
    TOO_MANY_DIGITS("too-many-digits", MAX_SIGNIFICANT_DIGITS),
    TOO_MANY_DECIMALS("too-many-decimals", MAX_DECIMALS);

    private final String id;
    private final int limit;

    Breach(String id, int limit) {
      this.id = id;
      this.limit = limit;
    }

    /** The message key's last part ({@code diag.out-of-range.too-large}, {@code diag.bad-number.too-many-digits}). */
    public String id() {
      return id;
    }

    /** The number of digits allowed. */
    public int limit() {
      return limit;
    }
  }

  private NumberLimits() {}

  /** The limit broken by {@code plain} — ASCII digits with at most one '.', no sign — or null. */
  static Breach of(CharSequence plain) {
    int n = plain.length();
    int dot = -1;
    int first = -1; // first non-zero digit
    int last = -1; // last non-zero digit
    for (int i = 0; i < n; i++) {
      char c = plain.charAt(i);
      if (c == '.') {
        dot = i;
      } else if (c != '0') {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return null; // zero, however written
    }
    int point = dot < 0 ? n : dot;
    if (first < point && point - first > MAX_WHOLE_DIGITS) {
      return Breach.TOO_LARGE;
    }
    if (last > point && last - point > MAX_DECIMALS) {
      return Breach.TOO_MANY_DECIMALS;
    }
    int significant = last - first + 1 - (first < point && last > point ? 1 : 0);
    return significant > MAX_SIGNIFICANT_DIGITS ? Breach.TOO_MANY_DIGITS : null;
  }

  /** The limit broken by a number already made (a spreadsheet's number cell), or null. */
  public static Breach of(BigDecimal value) {
    if (value.signum() == 0) {
      return null;
    }
    BigDecimal v = value.stripTrailingZeros();
    if ((long) v.precision() - v.scale() > MAX_WHOLE_DIGITS) {
      return Breach.TOO_LARGE;
    }
    if (v.scale() > MAX_DECIMALS) {
      return Breach.TOO_MANY_DECIMALS;
    }
    return v.precision() > MAX_SIGNIFICANT_DIGITS ? Breach.TOO_MANY_DIGITS : null;
  }
}
