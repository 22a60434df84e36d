package sctb.core.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import sctb.core.period.Period;
import sctb.core.text.Localized;

/**
 * The plan's reporting rule (section V.2): every lead agency reports every six months to the
 * recipient, before the due day of each half-year; and how the recipient chases reports: the days an
 * agency is given to send or resend one when the due date is near or past, and whom to contact.
 */
public record ReportingRule(
    String recipient, String reporters, MonthDay dueFirstHalf, MonthDay dueSecondHalf,
    Localized consolidatedFor, Localized text, int resendDays, Contact contact) {

  /** The person agencies call about their reports: name, unit, phone, e-mail ("" when not given). */
  public record Contact(String name, Localized unit, String phone, String email) {
    public static final Contact NONE = new Contact("", Localized.of("", ""), "", "");

    public boolean known() {
      return !name.isEmpty();
    }
  }

  /**
   * The day a report for the period is due: 20/6 for H1, 20/12 for H2 and for a whole year. A due day
   * that falls before the half-year begins (a schedule such as "01-15" for the second half: "by 15
   * January of the following year") is in the next year.
   */
  public LocalDate dueDate(Period period) {
    boolean firstHalf = period.half() == 1;
    MonthDay day = firstHalf ? dueFirstHalf : dueSecondHalf;
    LocalDate halfBegins = LocalDate.of(period.year(), firstHalf ? 1 : 7, 1);
    LocalDate due = day.atYear(period.year());
    return due.isBefore(halfBegins) ? day.atYear(period.year() + 1) : due;
  }

  /**
   * The last day a report for the period is on time: its due date, or the Monday after when that falls
   * on a Saturday or Sunday — a time limit whose last day is a weekly day off ends with the next working
   * day (Civil Code 2015, art. 148(5)); 20/6 and 20/12 are never public holidays, which are not modelled.
   */
  public LocalDate onTimeUntil(Period period) {
    return firstWorkingDayFrom(dueDate(period));
  }

  static LocalDate firstWorkingDayFrom(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
