package sctb.core.text;

import java.time.LocalDate;

/** A date as Vietnamese documents and messages write it: dd/mm/yyyy, the same in every language. */
public final class DayMonthYear {
  private DayMonthYear() {}

  /** dd/mm/yyyy; "" for null. */
  public static String of(LocalDate date) {
    return date == null ? "" : zeroPadded(date.getDayOfMonth(), 2) + "/" + zeroPadded(date.getMonthValue(), 2) + "/" + zeroPadded(date.getYear(), 4);
  }

  /**
   * {@code %0<width>d} with ASCII digits in every locale. Not String.format: java.util.Formatter's
   * first uses (locale data, format parsing) were a visible share of the report's start-up.
   */
  public static String zeroPadded(int value, int width) {
    String digits = Long.toString(Math.abs((long) value));
    String sign = value < 0 ? "-" : "";
    return sign + "0".repeat(Math.max(0, width - sign.length() - digits.length())) + digits;
  }
}
