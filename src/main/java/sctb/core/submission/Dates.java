package sctb.core.submission;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as agencies write them: {@code 13/06/2024}, {@code 3/6/2024}, {@code 13-06-2024},
 * {@code 13.06.2024} (day first, the Vietnamese order; month first when the file's {@link DateOrder}
 * says so) or ISO {@code 2024-06-13}; a time of day after the date (Excel adds {@code 00:00}) is ignored.
 * Also as official documents write dates: {@code ngày 14 tháng 6 năm 2026}.
 * A two-digit year, as Excel's short date format shows dates ({@code 5/12/26}), is read as Excel reads
 * it: 00–29 as 2000–2029, 30–99 as 1930–1999. Excel's "store as text" apostrophe before the date is
 * no part of it ({@link TextMarker}).
 */
public final class Dates {
  private Dates() {}

  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern TIME = Pattern.compile("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  public static Optional<LocalDate> parse(String text) {
    return parse(text, false);
  }

  /** {@link #parse}, reading {@code 06/13/2024} month first when {@code monthFirst}. */
  public static Optional<LocalDate> parse(String text, boolean monthFirst) {
    String date = datePart(text);
    if (date == null) {
      return inWords(text);
    }
    try {
      Matcher m = DAY_FIRST.matcher(date);
      if (m.matches()) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        return Optional.of(LocalDate.of(year(m.group(3)), monthFirst ? first : second, monthFirst ? second : first));
      }
      m = ISO.matcher(date);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The way official documents date themselves: "ngày 14 tháng 6 năm 2026", "14 tháng 06 năm 2026". */
  private static final Pattern IN_WORDS = Pattern.compile("(?:ngày\\s*)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date written in words as official documents write it (never month first: Vietnamese names its words), or empty. */
  private static Optional<LocalDate> inWords(String text) {
    Matcher m = text == null ? null : IN_WORDS.matcher(TextMarker.without(text.strip()));
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Excel's two-digit years: up to {@value #LAST_TWO_DIGIT_2000S} in the 2000s, the rest in the 1900s. */
  private static final int LAST_TWO_DIGIT_2000S = 29;

  /** The year a date's year part names: four digits as written, two as Excel reads them. */
  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() > 2) {
      return year;
    }
    return year <= LAST_TWO_DIGIT_2000S ? 2000 + year : 1900 + year;
  }

  /**
   * The only order a {@code dd/mm/yyyy}-shaped date can be read in: true for month first
   * ({@code 12/15/2026}: there is no month 15), false for day first ({@code 15/12/2026}); null when
   * both orders read it, neither does, or it has another shape.
   */
  public static Boolean onlyMonthFirst(String text) {
    String date = datePart(text);
    Matcher m = date == null ? null : DAY_FIRST.matcher(date);
    if (m == null || !m.matches()) {
      return null;
    }
    boolean dayFirst = parse(date, false).isPresent();
    boolean monthFirst = parse(date, true).isPresent();
    return dayFirst == monthFirst ? null : monthFirst;
  }

  /** Excel's day 1 is 1 January 1900, counting its 29 February 1900 that never was: day 0 is 30 December 1899. */
  private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);

  /**
   * The day an Excel day count names ({@code 46371} is 15/12/2026), for a count of five digits (from
   * 1927 to 2173: a date a report gives); empty for anything else.
   */
  public static Optional<LocalDate> excelSerial(String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() != 5 || !t.chars().allMatch(c -> c >= '0' && c <= '9') || t.charAt(0) == '0') {
      return Optional.empty();
    }
    return Optional.of(EXCEL_DAY_ZERO.plusDays(Integer.parseInt(t)));
  }

  /** The text's date without the time of day after it, or null when what follows is no time. */
  private static String datePart(String text) {
    if (text == null) {
      return null;
    }
    String t = TextMarker.without(text.trim());
    int space = t.indexOf(' ') > 0 ? t.indexOf(' ') : t.indexOf('T') > 0 ? t.indexOf('T') : t.length();
    return TIME.matcher(t.substring(space)).matches() ? t.substring(0, space) : null;
  }
}
