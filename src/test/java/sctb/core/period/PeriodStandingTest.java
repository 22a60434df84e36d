package sctb.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A period's standing on a day, in a plan of 2021–2030: the cases of issue 13's "any period is accepted". */
class PeriodStandingTest {

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "2024H1, 2026-11-25, CLOSED",
      "2026H1, 2026-06-30, PROVISIONAL",  // the last day still belongs to the half-year
      "2026H1, 2026-07-01, CLOSED",
      "2026H1, 2026-06-20, PROVISIONAL",  // the plan's due date falls before the half-year ends
      "2026H2, 2026-11-25, PROVISIONAL",
      "2026,   2026-11-25, PROVISIONAL",  // a whole year runs to 31/12
      "2026H2, 2026-07-01, PROVISIONAL",  // its first day
      "2027H1, 2026-11-25, NOT_STARTED",
      "2026H2, 2026-06-30, NOT_STARTED",
      "2031H1, 2026-11-25, AFTER_PLAN",
      "2031H1, 2032-01-01, AFTER_PLAN",
      "2019,   2026-11-25, BEFORE_PLAN",
      "2020H2, 2026-11-25, BEFORE_PLAN",  // the baseline year is data, not a reporting period
      "2021H1, 2021-03-01, PROVISIONAL",
      "2030H2, 2031-01-01, CLOSED",
  })
  void standingOnADay(String period, String today, PeriodStanding expected) {
    Period p = PeriodParser.parse(period).orElseThrow();
    PeriodStanding standing = PeriodStanding.of(p, 2021, 2030, LocalDate.parse(today));
    assertThat(standing).isEqualTo(expected);
    assertThat(standing.reportable()).isEqualTo(expected == PeriodStanding.CLOSED || expected == PeriodStanding.PROVISIONAL);
  }

  @ParameterizedTest
  @CsvSource({"2026-01-01, 2026H1", "2026-06-30, 2026H1", "2026-07-01, 2026H2", "2026-12-31, 2026H2"})
  void theHalfYearContainingADay(String day, String period) {
    assertThat(Period.halfContaining(LocalDate.parse(day))).hasToString(period);
  }
}
