package sctb.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A date given on the command line ({@code --date}, {@code --send-by}): 09/10/2025 or 2025-10-09; null when absent. */
final class DateOption {
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private DateOption() {}

  static LocalDate parse(String text, CommandSpec spec, Context context) {
    if (text == null) {
      return null;
    }
    try {
      Matcher dmy = DMY.matcher(text.trim());
      if (dmy.matches()) {
        return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      }
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw new ParameterException(spec.commandLine(), context.messages().get("report.bad-date", text));
    }
  }
}
