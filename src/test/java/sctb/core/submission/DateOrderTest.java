package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The order of day and month a file's dates give: day first unless some date can only be month first and none only day first. */
class DateOrderTest {
  @Test
  void eachDateSaysWhichOrderAloneReadsIt() {
    assertThat(Dates.onlyMonthFirst("12/15/2026")).isTrue();
    assertThat(Dates.onlyMonthFirst("12/15/2026 09:30")).isTrue();
    assertThat(Dates.onlyMonthFirst("15/12/2026")).isFalse();
    assertThat(Dates.onlyMonthFirst("5/12/2026")).isNull(); // both
    assertThat(Dates.onlyMonthFirst("31/31/2026")).isNull(); // neither
    assertThat(Dates.onlyMonthFirst("2/30/2026")).isNull(); // no 30 February, and no month 30
    assertThat(Dates.onlyMonthFirst("2026-12-15")).isNull();
    assertThat(Dates.onlyMonthFirst("46371")).isNull();
    assertThat(Dates.parse("12/5/2026", true)).contains(LocalDate.of(2026, 12, 5));
    assertThat(Dates.parse("12/5/2026")).contains(LocalDate.of(2026, 5, 12));
    assertThat(Dates.parse("2026-12-05", true)).contains(LocalDate.of(2026, 12, 5));
    assertThat(Dates.excelSerial("46371")).contains(LocalDate.of(2026, 12, 15));
    assertThat(Dates.excelSerial("45658")).contains(LocalDate.of(2025, 1, 1));
    assertThat(Dates.excelSerial("4637")).isEmpty();
    assertThat(Dates.excelSerial("15/12/2026")).isEmpty();
  }

  @Test
  void oneDateOnlyDayFirstSettlesDayFirst() {
    DateOrder order = of("12/15/2026", "25/12/2026");
    assertThat(order.settled()).isTrue();
    assertThat(order.monthFirst()).isFalse();
    assertThat(of("12/15/2026").monthFirst()).isTrue();
    assertThat(of("12/5/2026").monthFirst()).as("read both ways: day first").isFalse();
  }

  @Test
  void theWarningIsAtTheFirstDateOnlyMonthFirst() {
    DateOrder order = of("12/5/2026", "12/15/2026", "12/16/2026");
    assertThat(order.monthFirst()).isTrue();
    var warning = order.warning("f.csv", "Ngày gửi");
    assertThat(warning.location().line()).isEqualTo(3);
    assertThat(warning.value()).isEqualTo("12/15/2026");
    assertThat(warning.args()).containsExactly("15/12/2026", "2026-12-15");
  }

  /** The order of these dates, one a line from line 2, in the fifth column. */
  private static DateOrder of(String... dates) {
    DateOrder order = new DateOrder();
    for (int i = 0; i < dates.length; i++) {
      order.add(dates[i], i + 2, 4);
    }
    return order;
  }
}
