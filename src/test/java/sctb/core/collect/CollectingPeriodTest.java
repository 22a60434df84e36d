package sctb.core.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;
import sctb.core.plan.ReportingRule;

/** The period being collected on a day, under the real plan's due dates (20/6, 20/12). */
class CollectingPeriodTest {
  private static final ReportingRule RULE = sctb.RealPlan.PLAN.reporting();


  @Test
  void beforeTheDueDateAndWeeksAfterItThePeriodIsTheOneDue() {
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2026, 12, 1))).isEqualTo(Period.half(2026, 2));
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2026, 12, 20))).isEqualTo(Period.half(2026, 2));
    // a new year has begun, but late reports of the last half-year are what is being chased
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2027, 1, 5))).isEqualTo(Period.half(2026, 2));
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2026, 6, 21))).isEqualTo(Period.half(2026, 1));
  }

  @Test
  void halfwayBetweenTwoDueDatesTheNextOneIsCollected() {
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2027, 3, 25))).isEqualTo(Period.half(2027, 1));
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2026, 9, 25))).isEqualTo(Period.half(2026, 2));
    assertThat(CollectingPeriod.on(RULE, LocalDate.of(2026, 1, 1))).isEqualTo(Period.half(2025, 2));
  }
}
