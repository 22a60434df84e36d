package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.d;
import static sctb.core.progress.Fixtures.p;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import sctb.core.plan.ProgressMethod;
import sctb.core.plan.ProgressSettings;

class AssessorTest {
  static final ProgressSettings LINEAR = ProgressSettings.DEFAULT;
  static final ProgressSettings CAGR = new ProgressSettings(ProgressMethod.CAGR, 0.95, 0.6, 0.0, 3.0,
      ProgressSettings.Coverage.DEFAULT, ProgressSettings.DEFAULT_MAX_DATA_AGE, ProgressSettings.DEFAULT_COMMON_UNIT);
  /** A 5% reduction by end-2025 from end-2020, stretch 8%. */
  static final Goal REDUCTION = Goal.percent(2020, 2025, d("5"), d("8"), Baseline.declaredOrZero(BigDecimal.ZERO), true);
  /** A share from 20% at end-2020 to 70% by end-2025. */
  static final Goal SHARE = Goal.percent(2020, 2025, d("70"), null, new Baseline(d("20"), BaselineSource.OBSERVED), false);

  @Test
  void linearExpectedIs42Of60MonthsOfTheWay() {
    Assessment a = Assessor.assess(REDUCTION, LINEAR, p("2024H1"), p("2024H1"), d("2.8"), null);
    assertThat(a.pace().monthsElapsed()).isEqualTo(42);
    assertThat(a.pace().monthsTotal()).isEqualTo(60);
    assertThat(a.pace().expected()).isEqualByComparingTo("3.5");
    assertThat(a.pace().ratio()).isEqualByComparingTo("0.8"); // 2.8 / 3.5
    assertThat(a.status()).isEqualTo(Verdict.ACCELERATION_NEEDED);
    assertThat(a.forecast()).isEqualByComparingTo("4"); // 2.8 × 60 / 42
  }

  @Test
  void verdictsFollowTheThresholds() {
    assertThat(status("3.4")).isEqualTo(Verdict.ON_TRACK); // 0.971
    assertThat(status("3.3")).isEqualTo(Verdict.ACCELERATION_NEEDED); // 0.943
    assertThat(status("2.1")).isEqualTo(Verdict.ACCELERATION_NEEDED); // exactly 0.6
    assertThat(status("1")).isEqualTo(Verdict.LIMITED_PROGRESS);
    assertThat(status("0")).isEqualTo(Verdict.LIMITED_PROGRESS);
    assertThat(status("-0.5")).isEqualTo(Verdict.DETERIORATION);
    assertThat(status("5")).isEqualTo(Verdict.ACHIEVED);
  }

  /** A share first seen at 100% against a 70% target that falls to 50% has lost ground, both methods. */
  @Test
  void fallingBelowATargetTheBaselineAlreadyMetIsDeterioration() {
    Goal metAtBaseline = Goal.percent(2020, 2025, d("70"), null, new Baseline(d("100"), BaselineSource.OBSERVED), false);
    for (ProgressSettings method : new ProgressSettings[] {LINEAR, CAGR}) {
      Assessment a = Assessor.assess(metAtBaseline, method, p("2024H1"), p("2024H1"), d("50"), null);
      assertThat(a.status()).as(method.method().id()).isEqualTo(Verdict.DETERIORATION);
      assertThat(a.pace().ratio()).as(method.method().id()).isNull();
      assertThat(Assessor.assess(metAtBaseline, method, p("2024H1"), p("2024H1"), d("80"), null).status())
          .isEqualTo(Verdict.ACHIEVED);
    }
  }

  @Test
  void achievedNotesTheStretch() {
    Assessment a = Assessor.assess(REDUCTION, LINEAR, p("2024H1"), p("2024H1"), d("8.1"), null);
    assertThat(a.status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(a.stretchMet()).isTrue();
    assertThat(Assessor.assess(REDUCTION, LINEAR, p("2024H1"), p("2024H1"), d("5.8"), null).stretchMet()).isFalse();
  }

  @Test
  void aTargetYearOverGivesAFinalVerdict() {
    Assessment short_ = Assessor.assess(REDUCTION, LINEAR, p("2025H2"), p("2025H2"), d("4.9"), null);
    assertThat(short_.isFinal()).isTrue();
    assertThat(short_.status()).isEqualTo(Verdict.NOT_ACHIEVED);
    Assessment met = Assessor.assess(REDUCTION, LINEAR, p("2026H1"), p("2025H2"), d("5"), null);
    assertThat(met.status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(Assessor.assess(REDUCTION, LINEAR, p("2025H1"), p("2025H1"), d("4.9"), null).isFinal()).isFalse();
  }

  @Test
  void noValueIsNoData() {
    Assessment a = Assessor.assess(REDUCTION, LINEAR, p("2024H1"), null, null, null);
    assertThat(a.status()).isEqualTo(Verdict.NO_DATA);
    assertThat(a.pace()).isNull();
  }

  @Test
  void aQualitativeTargetIsNotJudged() {
    Goal none = Goal.count(2025, 2030, null, null, Baseline.declaredOrZero(null));
    Assessment a = Assessor.assess(none, LINEAR, p("2026H1"), p("2026H1"), d("3"), null);
    assertThat(a.status()).isEqualTo(Verdict.QUALITATIVE);
    assertThat(a.pace()).isNull();
  }

  @Test
  void linearShareStartsFromItsBaseline() {
    // 20 → 70 over 60 months; at 2023H2 (36 months) 20 + 50 × 36/60 = 50; value 45 → (45−20)/(50−20) = 0.8333…
    Assessment a = Assessor.assess(SHARE, LINEAR, p("2023H2"), p("2023H2"), d("45"), null);
    assertThat(a.pace().expected()).isEqualByComparingTo("50");
    assertThat(a.pace().ratio().doubleValue()).isCloseTo(0.833333, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.status()).isEqualTo(Verdict.ACCELERATION_NEEDED);
  }

  @Test
  void cagrShareUsesCompoundGrowth() {
    // observed (45/20)^(1/3) − 1 = 0.310371; needed (70/20)^(1/5) − 1 = 0.284735; R = 1.090033
    Assessment a = Assessor.assess(SHARE, CAGR, p("2023H2"), p("2023H2"), d("45"), null);
    assertThat(a.pace().ratio().doubleValue()).isCloseTo(1.090033, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.status()).isEqualTo(Verdict.ON_TRACK);
    assertThat(a.pace().expected().doubleValue()).isCloseTo(42.410249, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void cagrReductionWorksOnIntensityWithHalfYears() {
    // 2023H1 = 30 months = 2.5 years; intensity 0.98 of baseline; needed 0.95 in 5 years.
    // observed 0.98^(1/2.5) − 1 = −0.0080485; needed 0.95^(1/5) − 1 = −0.0102062; R = −1 × −0.0080485 / 0.0102062
    Assessment a = Assessor.assess(REDUCTION, CAGR, p("2023H1"), p("2023H1"), d("2"), null);
    assertThat(a.pace().ratio().doubleValue()).isCloseTo(0.788590, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.status()).isEqualTo(Verdict.ACCELERATION_NEEDED);
    assertThat(a.pace().expected().doubleValue()).isCloseTo(2.532057, org.assertj.core.data.Offset.offset(1e-6));
    Assessment worse = Assessor.assess(REDUCTION, CAGR, p("2023H1"), p("2023H1"), d("-1"), null);
    assertThat(worse.status()).isEqualTo(Verdict.DETERIORATION);
  }

  @Test
  void aPercentageForecastStopsAt100() {
    Goal all = Goal.percent(2020, 2025, d("100"), null, Baseline.declaredOrZero(null), false);
    // 100 at 42 months → 100 × 60/42 = 142.9 by the line, but a share cannot pass 100
    assertThat(Assessor.assess(all, LINEAR, p("2024H1"), p("2024H1"), d("100"), null).forecast()).isEqualByComparingTo("100");
    Goal count = Goal.count(2020, 2025, d("2"), null, Baseline.declaredOrZero(null));
    assertThat(Assessor.assess(count, LINEAR, p("2024H1"), p("2024H1"), d("2"), null).forecast().doubleValue())
        .isCloseTo(2.857143, org.assertj.core.data.Offset.offset(1e-6));
  }

  private static Verdict status(String value) {
    return Assessor.assess(REDUCTION, LINEAR, p("2024H1"), p("2024H1"), d(value), null).status();
  }
}
