package sctb.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which figures only grow, and when a later one has fallen (docs/methodology.md §2.2). */
class CumulativeRuleTest {
  private static BigDecimal n(String v) {
    return v == null ? null : new BigDecimal(v);
  }

  @Test
  void aCountsEveryRowAndAShareAggregateRowOnlyGrow() {
    assertThat(CumulativeRule.applies(IndicatorKind.COUNT, false)).isTrue();
    assertThat(CumulativeRule.applies(IndicatorKind.COUNT, true)).isTrue();
    assertThat(CumulativeRule.applies(IndicatorKind.SHARE, true)).isTrue();
    // One entity's yes/no may change (a supermarket back to plastic bags).
    assertThat(CumulativeRule.applies(IndicatorKind.SHARE, false)).isFalse();
    assertThat(CumulativeRule.applies(IndicatorKind.REDUCTION, true)).isFalse();
    assertThat(CumulativeRule.applies(IndicatorKind.TASKS, true)).isFalse();
  }

  @Test
  void aCountFallsWhenItsNumberIsLower() {
    assertThat(CumulativeRule.fell(IndicatorKind.COUNT, n("3"), null, n("1"), null)).isTrue();
    assertThat(CumulativeRule.fell(IndicatorKind.COUNT, n("3"), null, n("3.0"), null)).isFalse();
    assertThat(CumulativeRule.fell(IndicatorKind.COUNT, n("3"), null, n("4"), null)).isFalse();
    assertThat(CumulativeRule.fell(IndicatorKind.COUNT, null, null, n("1"), null)).isFalse();
    assertThat(CumulativeRule.fell(IndicatorKind.COUNT, n("3"), null, null, null)).isFalse();
  }

  @Test
  void aShareFallsWhenItsNumeratorIsLowerAndItsPopulationIsNot() {
    assertThat(CumulativeRule.fell(IndicatorKind.SHARE, n("24"), n("45"), n("10"), n("45"))).isTrue();
    assertThat(CumulativeRule.fell(IndicatorKind.SHARE, n("24"), n("45"), n("10"), n("50"))).isTrue();
    // Fewer villages in the population (some merged, some closed) may rightly hold fewer reached.
    assertThat(CumulativeRule.fell(IndicatorKind.SHARE, n("24"), n("45"), n("20"), n("30"))).isFalse();
  }
}
