package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DayMonthYearTest {
  @Property
  void writesWhatTheDdMmYyyyPatternWrites(@ForAll @IntRange(min = 0, max = 3_000_000) int day) {
    LocalDate date = LocalDate.of(1, 1, 1).plusDays(day);
    assertThat(DayMonthYear.of(date)).isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
  }

  @Test
  void padsDayMonthAndYearAndLeavesNullEmpty() {
    assertThat(DayMonthYear.of(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
    assertThat(DayMonthYear.of(null)).isEmpty();
  }
}
