package sctb.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Task ids listed to a reader follow the plan's order: Roman numerals (and IX.10 after IX.5) do not sort as text. */
class PlanTaskOrderTest {
  @Test
  void idsFollowThePlanNotTheirText() {
    assertThat(sctb.RealPlan.PLAN.inTaskOrder(List.of("IX.5", "V.7", "II.1", "ZZ.1", "IV.2")))
        .containsExactly("II.1", "IV.2", "V.7", "IX.5", "ZZ.1");
  }
}
