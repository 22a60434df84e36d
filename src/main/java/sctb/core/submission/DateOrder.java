package sctb.core.submission;

import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.text.DayMonthYear;

/**
 * The order one file writes day and month in, gathered from its date cells as its reader meets them:
 * day first, as Vietnamese does ({@code 20/06/2024}), or month first, as Excel writes dates into a
 * CSV under a United States regional setting ({@code 06/20/2024}) — common on Windows installed in
 * English. Decided per file, like its {@link DecimalStyle}: month first only when a date of the file
 * can only be read month first ({@code 12/15/2026}) and none only day first; otherwise day first, and
 * a date only month first stays a {@code bad-date} error.
 */
public final class DateOrder {
  private boolean dayFirstSeen;
  private String monthFirstText;
  private int monthFirstLine;
  private int monthFirstPosition;
  private String last;

  /** One date cell's evidence, at {@code line} and 0-based {@code position}. */
  public void add(String text, int line, int position) {
    if (text == last) {
      return; // a column repeats one date down its rows: the very String of the row above
    }
    last = text;
    Boolean monthFirst = Dates.onlyMonthFirst(text);
    if (Boolean.FALSE.equals(monthFirst)) {
      dayFirstSeen = true;
    } else if (monthFirst != null && monthFirstText == null) {
      monthFirstText = text;
      monthFirstLine = line;
      monthFirstPosition = position;
    }
  }

  /** True when no more evidence can change {@link #monthFirst}: a date only day first was met. */
  public boolean settled() {
    return dayFirstSeen;
  }

  /** True when the file's dates are read month first. */
  public boolean monthFirst() {
    return !dayFirstSeen && monthFirstText != null;
  }

  /**
   * The {@code month-first-dates} warning, at the first date only month first (its column headed
   * {@code header}): the date as read, and as year-month-day for the user to write (the file's own
   * date, not an example of another year).
   */
  public Diagnostic warning(String file, String header) {
    java.time.LocalDate date = Dates.parse(monthFirstText, true).orElseThrow();
    return Diagnostic.of(Code.MONTH_FIRST_DATES, Location.cell(file, monthFirstLine, monthFirstPosition + 1, header),
        monthFirstText, DayMonthYear.of(date), date.toString());
  }

  /** The 0-based position of the cell {@link #warning} names. */
  public int position() {
    return monthFirstPosition;
  }
}
