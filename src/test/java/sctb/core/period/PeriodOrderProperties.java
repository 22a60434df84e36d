package sctb.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Period}'s dates and order are those of its calendar, in this century (dates made once) and outside it;
 * two periods are equal when their year and half are, with equal hash codes.
 */
class PeriodOrderProperties {
  private static final Comparator<Period> BY_DATES =
      Comparator.comparing(Period::end).thenComparing(Period::isYear, Comparator.reverseOrder());

  @Property
  void datesAreTheCalendars(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 0, max = 2) int half) {
    Period p = new Period(year, half);
    assertThat(p.start()).isEqualTo(LocalDate.of(year, half == 2 ? 7 : 1, 1));
    assertThat(p.end()).isEqualTo(half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
  }

  @Property
  void equalWhenYearAndHalfAre(@ForAll @IntRange(min = 2019, max = 2031) int year, @ForAll @IntRange(min = 0, max = 2) int half,
      @ForAll @IntRange(min = 2019, max = 2031) int otherYear, @ForAll @IntRange(min = 0, max = 2) int otherHalf) {
    Period a = new Period(year, half);
    Period b = new Period(otherYear, otherHalf);
    assertThat(a.equals(b)).isEqualTo(year == otherYear && half == otherHalf);
    assertThat(a.equals(new Period(year, half))).isTrue();
    assertThat(a.hashCode()).isEqualTo(new Period(year, half).hashCode());
    assertThat(a.equals(null)).isFalse();
    assertThat(a.equals(a.toString())).isFalse();
  }

  @Property
  void orderIsByEndDateThenTheYearBeforeItsSecondHalf(@ForAll @IntRange(min = 1990, max = 2110) int year,
      @ForAll @IntRange(min = 0, max = 2) int half, @ForAll @IntRange(min = 1990, max = 2110) int otherYear,
      @ForAll @IntRange(min = 0, max = 2) int otherHalf) {
    Period a = new Period(year, half);
    Period b = new Period(otherYear, otherHalf);
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(BY_DATES.compare(a, b)));
    assertThat(Integer.signum(Period.BY_END.compare(a, b))).isEqualTo(Integer.signum(BY_DATES.compare(a, b)));
  }
}
