package sctb.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;

/** The last day a report is on time under the real plan's due dates (20/6, 20/12). */
class ReportingRuleTest {
  private static final ReportingRule RULE = sctb.RealPlan.PLAN.reporting();


  @Test
  void aDueDateOnAWeekdayIsTheLastDayOnTime() {
    assertThat(RULE.onTimeUntil(Period.half(2024, 2))).isEqualTo(LocalDate.of(2024, 12, 20)); // Friday
    assertThat(RULE.onTimeUntil(Period.half(2027, 2))).isEqualTo(LocalDate.of(2027, 12, 20)); // Monday
  }

  @Test
  void aDueDateOnASaturdayOrSundayRunsToTheMondayAfter() {
    assertThat(RULE.dueDate(Period.half(2026, 1))).isEqualTo(LocalDate.of(2026, 6, 20));
    assertThat(RULE.onTimeUntil(Period.half(2026, 1))).isEqualTo(LocalDate.of(2026, 6, 22)); // Saturday
    assertThat(RULE.onTimeUntil(Period.half(2026, 2))).isEqualTo(LocalDate.of(2026, 12, 21)); // Sunday
    assertThat(RULE.onTimeUntil(Period.half(2025, 2))).isEqualTo(LocalDate.of(2025, 12, 22)); // Saturday
  }
}
