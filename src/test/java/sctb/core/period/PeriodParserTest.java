package sctb.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The period spellings agencies write, and what is refused as ambiguous. */
class PeriodParserTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024H1|2024H1", "2024h2|2024H2", "2024-H1|2024H1", "2024 H2|2024H2", "2024S1|2024H1", "2024-S2|2024H2",
      "H1/2024|2024H1", "h2-2024|2024H2", "S1/2024|2024H1", "6T-2024|2024H1", "6T/2024|2024H1",
      "6 tháng đầu năm 2024|2024H1", "6 THÁNG CUỐI NĂM 2024|2024H2", "6 thang dau nam 2024|2024H1",
      "6 tháng cuối 2024|2024H2", "2024|2024", "Năm 2024|2024", " 2024H1 |2024H1"})
  void readsEverySpelling(String text, String canonical) {
    assertThat(PeriodParser.parse(text)).map(Period::toString).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2024Q1", "12T-2024", "6T", "H3/2024", "2024H", "24H1", "quý 1 2024", "0000H1", "abc"})
  void refusesWhatIsNotAPeriod(String text) {
    assertThat(PeriodParser.parse(text)).isEmpty();
  }

  @Property
  void canonicalTextRoundTrips(@ForAll @IntRange(min = 1900, max = 2100) int year, @ForAll @IntRange(min = 0, max = 2) int half) {
    Period p = new Period(year, half);
    assertThat(PeriodParser.parse(p.toString())).contains(p);
  }

  @Property
  void neverThrows(@ForAll String text) {
    PeriodParser.parse(text);
  }

  @org.junit.jupiter.api.Test
  void datesAndMonths() {
    Period h1 = Period.half(2024, 1);
    assertThat(h1.end()).hasToString("2024-06-30");
    assertThat(Period.year(2024).end()).isEqualTo(Period.half(2024, 2).end());
    assertThat(h1.monthsAfterEndOf(2020)).isEqualTo(42);
    assertThat(Period.half(2025, 2).monthsAfterEndOf(2020)).isEqualTo(60);
    assertThat(h1.previous()).isEqualTo(Period.half(2023, 2));
    assertThat(Period.half(2024, 2).compareTo(Period.year(2024))).isPositive();
  }
}
