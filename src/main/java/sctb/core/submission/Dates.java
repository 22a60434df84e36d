package sctb.core.submission;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as agencies write them: {@code 13/06/2024}, {@code 3/6/2024}, {@code 13-06-2024},
 * {@code 13.06.2024} (day first, the Vietnamese order) or ISO {@code 2024-06-13}; a time of day
 * after the date (Excel adds {@code 00:00}) is ignored.
 */
public final class Dates {
  private Dates() {}

  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern TIME = Pattern.compile("(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    int space = t.indexOf(' ') > 0 ? t.indexOf(' ') : t.indexOf('T') > 0 ? t.indexOf('T') : t.length();
    if (!TIME.matcher(t.substring(space)).matches()) {
      return Optional.empty();
    }
    String date = t.substring(0, space);
    try {
      Matcher m = DAY_FIRST.matcher(date);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
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
}
