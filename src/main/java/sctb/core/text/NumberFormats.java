package sctb.core.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Display numbers and dates with fixed symbols per language (vi: 1.234,5; en: 1,234.5), never the
 * JDK's locale data, so that reports are byte-identical on every machine. Rounding is half-up and
 * happens only here.
 */
public final class NumberFormats {
  private final char decimal;
  private final char group;

  private NumberFormats(char decimal, char group) {
    this.decimal = decimal;
    this.group = group;
  }

  public static NumberFormats of(Language language) {
    return language == Language.EN ? new NumberFormats('.', ',') : new NumberFormats(',', '.');
  }

  /** Exactly {@code decimals} decimals, grouped thousands; "" for null. */
  public String fixed(BigDecimal x, int decimals) {
    if (x == null) {
      return "";
    }
    return layout(x.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
  }

  /** At most {@code decimals} decimals, trailing zeros dropped (70; 6,5); "" for null. */
  public String plain(BigDecimal x, int decimals) {
    if (x == null) {
      return "";
    }
    BigDecimal r = x.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (r.scale() < 0) {
      r = r.setScale(0);
    }
    return layout(r.toPlainString());
  }

  /** A ratio (0.82) as a whole percentage ("82%"); "" for null. */
  public String ratioPercent(BigDecimal ratio) {
    return ratio == null ? "" : plain(ratio.movePointRight(2), 0) + "%";
  }

  private String layout(String plain) {
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(group);
      }
      out.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      out.append(decimal).append(fraction);
    }
    boolean zero = out.chars().allMatch(c -> c == '0' || c == decimal || c == group);
    return (negative && !zero ? "-" : "") + out;
  }

  /** dd/mm/yyyy, as tables in Vietnamese documents write dates; "" for null. */
  public static String dmy(LocalDate date) {
    return DayMonthYear.of(date);
  }

  /** The day of a document's date line (Decree 30): a leading zero for days 1–9. */
  public static String decreeDay(LocalDate date) {
    return DayMonthYear.zeroPadded(date.getDayOfMonth(), 2);
  }


  /** The month of a document's date line (Decree 30): a leading zero for January and February only. */
  public static String decreeMonth(LocalDate date) {
    int m = date.getMonthValue();
    return m <= 2 ? "0" + m : Integer.toString(m);
  }
}
