package sctb.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** A date option such as {@code --date}: {@code 09/10/2025} (day/month/year, as Vietnamese documents write it) or {@code 2025-10-09}. */
final class DateConverter implements ITypeConverter<LocalDate> {
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  @Override
  public LocalDate convert(String value) {
    String text = value.strip();
    try {
      Matcher dmy = DAY_MONTH_YEAR.matcher(text);
      if (dmy.matches()) {
        return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidValue("cli.value.date");
    }
  }
}
