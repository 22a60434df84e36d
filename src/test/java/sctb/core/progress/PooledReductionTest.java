package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.d;
import static sctb.core.progress.Fixtures.p;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pooled figure: consumption in one common unit, never output units added up (docs/methodology.md §8). */
class PooledReductionTest {
  static ReductionSector sector(String id, String cb, String ob, String cc, String oc, String asOf) {
    ReductionDetail detail = new ReductionDetail(d(cb), d(ob), d(cc), d(oc), null, null, List.of(), List.of(),
        BigDecimal.ZERO, new Reported(d(ob), d(oc), d(cc)), List.of());
    BigDecimal value = DecimalMath.HUNDRED.multiply(BigDecimal.ONE.subtract(DecimalMath.div(d(cc).multiply(d(ob)),
        d(oc).multiply(d(cb)))));
    Assessment a = new Assessment(Baseline.declaredOrZero(BigDecimal.ZERO), Verdict.ON_TRACK, null, null, false, false,
        null, null, Coverage.NONE);
    return new ReductionSector(id, new Figure(p(asOf), value, a), detail);
  }

  /**
   * cement (kgOE, 0.001 TOE each): 1000 kgOE for 100 t in B, 450 for 50 t at C — 10% less; at B's
   * intensity the 50 t would have used 500 kgOE = 0.5 TOE, they used 0.45. beer (factor 0.01 here):
   * 200 for 10 hl, then 220 for 10 hl — 10% more: 2 TOE expected, 2.2 used. Pooled:
   * 100 × (1 − 2.65 / 2.5) = −6% — the larger user of energy weighs more; hl and t are never added.
   */
  @Test
  void consumptionIsPooledInTheCommonUnitAgainstTheBaselineIntensity() {
    List<ReductionSector> sectors = List.of(
        sector("cement", "1000", "100", "450", "50", "2024H1"),
        sector("beer", "200", "10", "220", "10", "2023H2"),
        sector("paper", "300", "10", "280", "10", "2024H1"));
    Map<String, BigDecimal> factors = Map.of("cement", d("0.001"), "beer", d("0.01"));
    PooledReduction pooled = PooledReduction.of(sectors, factors::get);
    assertThat(pooled.consumptionCurrent()).isEqualByComparingTo("2.65");
    assertThat(pooled.consumptionAtBaselineIntensity()).isEqualByComparingTo("2.5");
    assertThat(pooled.value()).isEqualByComparingTo("-6");
    assertThat(pooled.included()).containsExactly("cement", "beer");
    assertThat(pooled.leftOut()).containsExactly(new PooledReduction.LeftOut("paper", PooledReduction.Reason.NO_CONVERSION));
    assertThat(pooled.asOf()).isEqualTo(p("2024H1"));
  }

  @Test
  void sectorsWithoutDataOrWithOldDataAreLeftOutAndNamed() {
    Assessment stale = new Assessment(Baseline.declaredOrZero(BigDecimal.ZERO), Verdict.INSUFFICIENT_DATA,
        VerdictReason.STALE_DATA, null, false, false, null, null, Coverage.NONE);
    ReductionSector old = new ReductionSector("steel", new Figure(p("2023H1"), d("3"), stale),
        sector("steel", "1", "1", "1", "1", "2023H1").detail());
    ReductionSector none = new ReductionSector("seafood", new Figure(null, null, stale), null);
    PooledReduction pooled = PooledReduction.of(List.of(old, none), id -> d("0.001"));
    assertThat(pooled.value()).isNull();
    assertThat(pooled.leftOut()).extracting(PooledReduction.LeftOut::reason)
        .containsExactly(PooledReduction.Reason.NOT_CURRENT, PooledReduction.Reason.NO_DATA);
  }
}
