package sctb.core.text;

import java.time.LocalDate;

/** A date as Vietnamese documents and messages write it: dd/mm/yyyy, the same in every language. */
public final class DayMonthYear {
  private DayMonthYear() {}

  /** dd/mm/yyyy; "" for null. */
  public static String of(LocalDate date) {
    return date == null ? "" : pad(date.getDayOfMonth(), 2) + "/" + pad(date.getMonthValue(), 2) + "/" + pad(date.getYear(), 4);
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
