package sctb.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;

/** From which period an indicator is no longer tracked: the due-date rule of successor_from. */
class RetirementsTest {
  private static final Plan PLAN = sctb.RealPlan.PLAN;

  private static Plan retiring(Plan plan, LocalDate from) {
    List<Indicator> indicators = plan.indicators().stream().map(i -> !i.id().equals("eco-packaging") ? i
        : new Indicator(i.id(), i.kind(), i.name(), i.unit(), i.unitName(), i.unitOne(), i.measure(), i.population(), i.registerKind(),
            i.tasks(), i.targets(), from)).toList();
    return new Plan(plan.info(), plan.workspace(), plan.reporting(), plan.progress(), plan.sectors(), plan.agencies(),
        plan.groups(), indicators);
  }

  private static Indicator eco(Plan plan) {
    return plan.indicator("eco-packaging").orElseThrow();
  }

  @Test
  void theBundledPlanRetiresNothing() {
    assertThat(PLAN.indicators()).noneMatch(Indicator::isRetired);
    assertThat(Retirements.firstPeriod(PLAN, eco(PLAN))).isEmpty();
    assertThat(Retirements.retiredIn(PLAN, eco(PLAN), Period.half(2030, 2))).isFalse();
  }

  @Test
  void fromThePeriodDueOnOrAfterTheDay() {
    Plan plan = retiring(PLAN, LocalDate.of(2026, 1, 1)); // due 20/6 and 20/12
    assertThat(Retirements.retiredIn(plan, eco(plan), Period.half(2025, 2))).isFalse();
    assertThat(Retirements.retiredIn(plan, eco(plan), Period.half(2026, 1))).isTrue();
    assertThat(Retirements.firstPeriod(plan, eco(plan))).contains(Period.half(2026, 1));
    Plan midYear = retiring(PLAN, LocalDate.of(2026, 6, 20)); // the due day itself is retired
    assertThat(Retirements.firstPeriod(midYear, eco(midYear))).contains(Period.half(2026, 1));
    Plan dayAfter = retiring(PLAN, LocalDate.of(2026, 6, 21));
    assertThat(Retirements.firstPeriod(dayAfter, eco(dayAfter))).contains(Period.half(2026, 2));
    assertThat(Retirements.retiredIn(dayAfter, eco(dayAfter), Period.half(2026, 1))).isFalse();
  }

  /** With the second half due on 15 January of the next year, 2025H2 is due after 1 January 2026: retired. */
  @Test
  void aDueDateInTheNextYearCounts() {
    ReportingRule r = PLAN.reporting();
    Plan january = new Plan(PLAN.info(), PLAN.workspace(), new ReportingRule(r.recipient(), r.reporters(),
        MonthDay.of(7, 15), MonthDay.of(1, 15), r.consolidatedFor(), r.text(), r.resendDays(), r.contact()),
        PLAN.progress(), PLAN.sectors(), PLAN.agencies(), PLAN.groups(), PLAN.indicators());
    Plan plan = retiring(january, LocalDate.of(2026, 1, 1));
    assertThat(Retirements.firstPeriod(plan, eco(plan))).contains(Period.half(2025, 2));
    assertThat(Retirements.retiredIn(plan, eco(plan), Period.half(2025, 1))).isFalse();
  }

  @Test
  void planCheckNamesARetirementOutsideThePlanOrBeforeTheFirstTarget() {
    assertThat(PlanChecks.check(retiring(PLAN, LocalDate.of(2026, 1, 1)), "plan.yaml")).isEmpty();
    assertThat(PlanChecks.check(retiring(PLAN, LocalDate.of(2031, 1, 1)), "plan.yaml"))
        .extracting(d -> d.code().id()).containsExactly("plan-retired-outside-plan");
    assertThat(PlanChecks.check(retiring(PLAN, LocalDate.of(2021, 6, 1)), "plan.yaml")) // from 2021H1: never tracked
        .extracting(d -> d.code().id()).containsExactly("plan-retired-outside-plan");
    assertThat(PlanChecks.check(retiring(PLAN, LocalDate.of(2024, 1, 1)), "plan.yaml"))
        .extracting(d -> d.code().id() + " " + d.severity()).containsExactly("plan-retired-before-target WARNING");
  }
}
