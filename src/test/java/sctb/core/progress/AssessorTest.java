package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static sctb.core.progress.Fixtures.d;
import static sctb.core.progress.Fixtures.p;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import sctb.core.plan.Fraction;
import sctb.core.plan.ProgressMethod;
import sctb.core.plan.ProgressSettings;

/** One figure's verdict on hand-computed cases (docs/methodology.md §4–§9). */
class AssessorTest {
  static final ProgressSettings LINEAR = ProgressSettings.DEFAULT;
  static final ProgressSettings CAGR = new ProgressSettings(ProgressMethod.CAGR, 0.95, 0.6, 0.0, 3.0,
      ProgressSettings.Coverage.DEFAULT, ProgressSettings.DEFAULT_MAX_DATA_AGE, ProgressSettings.DEFAULT_COMMON_UNIT);
  /** A 5% reduction by end-2025 from end-2020, stretch 8%. */
  static final Goal REDUCTION = Goal.reduction(2020, 2025, d("5"), d("8"), Baseline.declaredOrZero(BigDecimal.ZERO));
  /** A share from 20% at end-2020 to 70% by end-2025. */
  static final Goal SHARE = Goal.share(2020, 2025, d("70"), null, new Baseline(d("20"), BaselineSource.OBSERVED));

  static Assessment assess(Goal goal, ProgressSettings settings, String report, String asOf, String value) {
    return assess(goal, settings, report, asOf, value, Coverage.NONE, List.of());
  }

  static Assessment assess(Goal goal, ProgressSettings settings, String report, String asOf, String value,
      Coverage coverage, List<Observation> series) {
    return Assessor.assess(goal, settings, p(report),
        new Evidence(asOf == null ? null : p(asOf), d(value), null, coverage, series));
  }

  static Observation at(String period, String value) {
    return new Observation(p(period), d(value));
  }

  private static Verdict status(String value) {
    return assess(REDUCTION, LINEAR, "2024H1", "2024H1", value).status();
  }

  /** Rows reported only long ago leave no value, but it is not "nothing reported": too old to decide, or no final verdict. */
  @Test
  void noValueBecauseEveryRowIsTooOldIsInsufficientDataNotNoData() {
    Evidence old = new Evidence(p("2023H2"), null, VerdictReason.STALE_DATA, Coverage.NONE, List.of());
    Assessment before = Assessor.assess(SHARE, LINEAR, p("2025H1"), old);
    assertThat(before.status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(before.reason()).isEqualTo(VerdictReason.STALE_DATA);
    Assessment fin = Assessor.assess(SHARE, LINEAR, p("2026H1"), old);
    assertThat(fin.status()).isEqualTo(Verdict.NO_DATA);
    assertThat(fin.reason()).isEqualTo(VerdictReason.NO_TARGET_YEAR_DATA);
    assertThat(fin.isFinal()).isTrue();
    Evidence none = new Evidence(null, null, VerdictReason.NO_ROWS, Coverage.NONE, List.of());
    assertThat(Assessor.assess(SHARE, LINEAR, p("2025H1"), none).status()).isEqualTo(Verdict.NO_DATA);
  }

  /**
   * An indicator with a 2030 target only (baseline 2025) read in a 2023 report: data of 2022H2 is not
   * the baseline, and no way along a path that starts at the end of 2025 can be measured yet.
   */
  @Test
  void dataFromBeforeTheBaselineYearIsNotTheBaselineYear() {
    Goal later = Goal.share(2025, 2030, d("100"), null, new Baseline(d("61.5"), BaselineSource.OBSERVED));
    Assessment before = assess(later, LINEAR, "2023H1", "2022H2", "61.5");
    assertThat(before.status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(before.reason()).isEqualTo(VerdictReason.BEFORE_BASELINE);
    assertThat(before.pace()).isNull();
    assertThat(before.baseline().value()).isNull();
    Assessment within = assess(later, LINEAR, "2025H2", "2025H1", "61.5");
    assertThat(within.reason()).isEqualTo(VerdictReason.BASELINE_YEAR_ONLY);
    assertThat(assess(later, LINEAR, "2023H1", "2022H2", "100").status()).isEqualTo(Verdict.ACHIEVED);
  }

  @Test
  void linearExpectedIs42Of60MonthsOfTheWay() {
    Assessment a = assess(REDUCTION, LINEAR, "2024H1", "2024H1", "2.8");
    assertThat(a.pace().monthsElapsed()).isEqualTo(42);
    assertThat(a.pace().monthsTotal()).isEqualTo(60);
    assertThat(a.pace().expected()).isEqualByComparingTo("3.5");
    assertThat(a.pace().ratio()).isEqualByComparingTo("0.8"); // 2.8 / 3.5
    assertThat(a.status()).isEqualTo(Verdict.ACCELERATION_NEEDED);
    assertThat(a.reason()).isNull();
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
    Goal metAtBaseline = Goal.share(2020, 2025, d("70"), null, new Baseline(d("100"), BaselineSource.OBSERVED));
    for (ProgressSettings method : new ProgressSettings[] {LINEAR, CAGR}) {
      Assessment a = assess(metAtBaseline, method, "2024H1", "2024H1", "50");
      assertThat(a.status()).as(method.method().id()).isEqualTo(Verdict.DETERIORATION);
      assertThat(a.pace().ratio()).as(method.method().id()).isNull();
      assertThat(assess(metAtBaseline, method, "2024H1", "2024H1", "80").status()).isEqualTo(Verdict.ACHIEVED);
    }
  }

  @Test
  void achievedNotesTheStretch() {
    Assessment a = assess(REDUCTION, LINEAR, "2024H1", "2024H1", "8.1");
    assertThat(a.status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(a.stretchMet()).isTrue();
    assertThat(assess(REDUCTION, LINEAR, "2024H1", "2024H1", "5.8").stretchMet()).isFalse();
  }

  @Test
  void aTargetYearOverGivesAFinalVerdict() {
    Assessment short_ = assess(REDUCTION, LINEAR, "2025H2", "2025H2", "4.9");
    assertThat(short_.isFinal()).isTrue();
    assertThat(short_.status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(short_.forecast()).isNull();
    assertThat(assess(REDUCTION, LINEAR, "2026H1", "2025H2", "5").status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(assess(REDUCTION, LINEAR, "2025H1", "2025H1", "4.9").isFinal()).isFalse();
  }

  /** A final verdict from 2023H2's data is no verdict at all: the target year's own data is required. */
  @Test
  void aFinalVerdictNeedsDataFromTheTargetYear() {
    Assessment a = assess(REDUCTION, LINEAR, "2025H2", "2023H2", "6");
    assertThat(a.status()).isEqualTo(Verdict.NO_DATA);
    assertThat(a.reason()).isEqualTo(VerdictReason.NO_TARGET_YEAR_DATA);
    assertThat(a.isFinal()).isTrue();
    assertThat(assess(REDUCTION, LINEAR, "2025H2", "2025H1", "6").status()).isEqualTo(Verdict.ACHIEVED);
  }

  /**
   * 4.9% at the end of 2025 is "not achieved" for good; the 2026 reports, which judge on the data up
   * to the end of 2025 (the engine's cut-off), say so again and add "achieved late (2026H1)".
   */
  @Test
  void aTargetReachedAfterItsYearIsNotAchievedAndAchievedLate() {
    List<Observation> series = List.of(at("2025H1", "4.7"), at("2025H2", "4.9"), at("2026H1", "5.2"), at("2026H2", "5.4"));
    for (String report : List.of("2026H1", "2026H2")) {
      Assessment a = assess(REDUCTION, LINEAR, report, "2025H2", "4.9", Coverage.NONE,
          series.stream().filter(o -> !o.period().end().isAfter(p(report).end())).toList());
      assertThat(a.status()).as(report).isEqualTo(Verdict.NOT_ACHIEVED);
      assertThat(a.isFinal()).isTrue();
      assertThat(a.achievedLate()).as(report).isEqualTo(p("2026H1"));
    }
    Assessment atTheEnd = assess(REDUCTION, LINEAR, "2025H2", "2025H2", "4.9", Coverage.NONE, series.subList(0, 2));
    assertThat(atTheEnd.achievedLate()).isNull();
    assertThat(REDUCTION.cutOff(p("2026H1"))).isEqualTo(p("2025"));
    assertThat(REDUCTION.cutOff(p("2025H2"))).isEqualTo(p("2025H2"));
  }

  @Test
  void noValueIsNoData() {
    Assessment a = assess(REDUCTION, LINEAR, "2024H1", null, null);
    assertThat(a.status()).isEqualTo(Verdict.NO_DATA);
    assertThat(a.reason()).isEqualTo(VerdictReason.NO_ROWS);
    assertThat(a.pace()).isNull();
  }

  @Test
  void aQualitativeTargetIsNotJudgedNorForecast() {
    Goal none = Goal.count(2025, 2030, null, null, new Baseline(d("2"), BaselineSource.OBSERVED));
    List<Observation> series = List.of(at("2026H1", "3"), at("2026H2", "3"), at("2027H1", "4"), at("2027H2", "5"));
    Assessment a = assess(none, LINEAR, "2027H2", "2027H2", "5", Coverage.NONE, series);
    assertThat(a.status()).isEqualTo(Verdict.QUALITATIVE);
    assertThat(a.pace()).isNull();
    assertThat(a.forecast()).isNull();
    assertThat(assess(none, LINEAR, "2026H1", null, null).status()).isEqualTo(Verdict.NO_DATA);
  }

  /** Data two half-years before P still decides; three do not ("on track in 2025" on 2023H2's data). */
  @Test
  void dataOlderThanTheMaximumAgeDoesNotDecide() {
    Assessment stale = assess(REDUCTION, LINEAR, "2025H1", "2023H2", "4");
    assertThat(stale.status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(stale.reason()).isEqualTo(VerdictReason.STALE_DATA);
    assertThat(stale.pace().expected()).isEqualByComparingTo("3"); // 5 × 36/60 at 2023H2, shown as context
    assertThat(assess(REDUCTION, LINEAR, "2025H1", "2024H1", "4").status()).isEqualTo(Verdict.ON_TRACK); // 4 / 3.5
    assertThat(DataAge.halfYearsBefore(p("2024H2"), p("2025H2"))).isEqualTo(2);
    assertThat(DataAge.halfYearsBefore(p("2024"), p("2025H2"))).isEqualTo(2);
    assertThat(DataAge.halfYearsBefore(p("2025H2"), p("2025H2"))).isZero();
  }

  /**
   * "At least 2 models" by 2025, both built by 2023H1 and not reported since: a count is cumulative, so the
   * old rows still prove the target met: achieved (final in 2025H2, its path read at the end of 2025), not
   * "too old" nor "no data of 2025". Short of the minimum, old data still does not decide.
   */
  @Test
  void aCountAtItsMinimumOnOldDataIsAchievedForGood() {
    Goal models = Goal.count(2020, 2025, d("2"), null, Baseline.declaredOrZero(BigDecimal.ZERO));
    Coverage old = Coverage.of(CoverageFact.of(CoverageKind.ROWS_CURRENT, 0, 2, Fraction.of(2, 3)));
    Assessment before = assess(models, LINEAR, "2025H1", "2023H1", "2", old, List.of());
    assertThat(before.status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(before.isFinal()).isFalse();
    assertThat(before.coverage().shortfall()).isEmpty(); // the age is shown, it decides nothing
    assertThat(before.pace().expected()).isEqualByComparingTo("1"); // 2 × 30/60 by 2023H1
    Assessment fin = assess(models, LINEAR, "2025H2", "2023H1", "2", old, List.of());
    assertThat(fin.status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(fin.isFinal()).isTrue();
    assertThat(fin.pace().expected()).isEqualByComparingTo("2");
    assertThat(assess(models, LINEAR, "2026H1", "2023H1", "2", old, List.of()).status()).isEqualTo(Verdict.ACHIEVED);
    Assessment short1 = assess(models, LINEAR, "2025H2", "2023H1", "1", old, List.of());
    assertThat(short1.status()).isEqualTo(Verdict.NO_DATA);
    assertThat(short1.reason()).isEqualTo(VerdictReason.NO_TARGET_YEAR_DATA);
    assertThat(assess(models, LINEAR, "2025H1", "2023H1", "1", old, List.of()).reason()).isEqualTo(VerdictReason.STALE_DATA);
    // A share is not cumulative: 75% of 2023H1 says nothing of the end of 2025.
    assertThat(assess(SHARE, LINEAR, "2025H2", "2023H1", "75").status()).isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void aFigureShortOfItsCoverageIsInsufficientData() {
    Coverage thin = Coverage.of(new CoverageFact(CoverageKind.PANEL_OUTPUT_CURRENT, d("70"), d("100"), Fraction.of(d("0.8"))));
    Assessment a = assess(REDUCTION, LINEAR, "2024H1", "2024H1", "6", thin, List.of());
    assertThat(a.status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(a.reason()).isEqualTo(VerdictReason.LOW_COVERAGE);
    assertThat(a.coverage().shortfall()).contains(thin.facts().get(0));
    Coverage enough = Coverage.of(new CoverageFact(CoverageKind.PANEL_OUTPUT_CURRENT, d("80"), d("100"), Fraction.of(d("0.8"))));
    assertThat(assess(REDUCTION, LINEAR, "2024H1", "2024H1", "6", enough, List.of()).status()).isEqualTo(Verdict.ACHIEVED);
  }

  @Test
  void linearShareStartsFromItsBaseline() {
    // 20 → 70 over 60 months; at 2023H2 (36 months) 20 + 50 × 36/60 = 50; value 45 → (45−20)/(50−20) = 0.8333…
    Assessment a = assess(SHARE, LINEAR, "2023H2", "2023H2", "45");
    assertThat(a.pace().expected()).isEqualByComparingTo("50");
    assertThat(a.pace().ratio().doubleValue()).isCloseTo(0.833333, offset(1e-6));
    assertThat(a.status()).isEqualTo(Verdict.ACCELERATION_NEEDED);
  }

  @Test
  void cagrShareUsesCompoundGrowth() {
    // observed (45/20)^(1/3) − 1 = 0.310371; needed (70/20)^(1/5) − 1 = 0.284735; R = 1.090033
    Assessment a = assess(SHARE, CAGR, "2023H2", "2023H2", "45");
    assertThat(a.pace().ratio().doubleValue()).isCloseTo(1.090033, offset(1e-6));
    assertThat(a.status()).isEqualTo(Verdict.ON_TRACK);
    assertThat(a.pace().expected().doubleValue()).isCloseTo(42.410249, offset(1e-6));
  }

  @Test
  void cagrReductionWorksOnIntensityWithHalfYears() {
    // 2023H1 = 30 months = 2.5 years; intensity 0.98 of baseline; needed 0.95 in 5 years.
    // observed 0.98^(1/2.5) − 1 = −0.0080485; needed 0.95^(1/5) − 1 = −0.0102062; R = −1 × −0.0080485 / 0.0102062
    Assessment a = assess(REDUCTION, CAGR, "2023H1", "2023H1", "2");
    assertThat(a.pace().ratio().doubleValue()).isCloseTo(0.788590, offset(1e-6));
    assertThat(a.status()).isEqualTo(Verdict.ACCELERATION_NEEDED);
    assertThat(a.pace().expected().doubleValue()).isCloseTo(2.532057, offset(1e-6));
    assertThat(assess(REDUCTION, CAGR, "2023H1", "2023H1", "-1").status()).isEqualTo(Verdict.DETERIORATION);
  }

  /** Points on a line: (0, 20), (12, 30), (24, 40) → 20 + 60 × 10/12 = 70 at the end of 2025, no spread. */
  @Test
  void aForecastOnAStraightLineIsThatLine() {
    Assessment a = assess(SHARE, LINEAR, "2022H2", "2022H2", "40", Coverage.NONE, List.of(at("2021H2", "30"), at("2022H2", "40")));
    assertThat(a.status()).isEqualTo(Verdict.ON_TRACK); // expected 20 + 50 × 24/60 = 40
    Forecast f = a.forecast();
    assertThat(f.central()).isEqualByComparingTo("70");
    assertThat(f.low()).isEqualByComparingTo("70");
    assertThat(f.high()).isEqualByComparingTo("70");
    assertThat(f.method()).isEqualTo(ForecastMethod.LEAST_SQUARES);
    assertThat(f.observations()).extracting(Observation::period).containsExactly(p("2020"), p("2021H2"), p("2022H2"));
  }

  /**
   * (0, 0), (12, 1), (24, 3), (36, 4): x̄ = 18, ȳ = 2, Sxx = 720, Sxy = 84, slope 0.116667, intercept −0.1;
   * at 60 months 6.9. Residuals 0.1, −0.3, 0.3, −0.1: s = √(0.2 / 2) = 0.316228; t(2) = 4.303;
   * half-range 4.303 × 0.316228 × √(1 + 1/4 + 42²/720) = 2.617413 → 4.282587 – 9.517413.
   */
  @Test
  void aForecastIsTheLeastSquaresLineWithItsPredictionRange() {
    Assessment a = assess(REDUCTION, LINEAR, "2023H2", "2023H2", "4", Coverage.NONE,
        List.of(at("2021", "1"), at("2022H2", "3"), at("2023H2", "4")));
    assertThat(a.status()).isEqualTo(Verdict.ON_TRACK); // 4 / (5 × 36/60)
    assertThat(a.forecast().central().doubleValue()).isCloseTo(6.9, offset(1e-9));
    assertThat(a.forecast().low().doubleValue()).isCloseTo(4.282587, offset(1e-6));
    assertThat(a.forecast().high().doubleValue()).isCloseTo(9.517413, offset(1e-6));
  }

  /** "Forecasts from six months of data": none before two years after the baseline, nor from one point after it. */
  @Test
  void noForecastBeforeTwoYearsOfData() {
    assertThat(assess(SHARE, LINEAR, "2022H1", "2022H1", "35", Coverage.NONE,
        List.of(at("2021H2", "30"), at("2022H1", "35"))).forecast()).isNull(); // 18 months
    assertThat(assess(SHARE, LINEAR, "2022H2", "2022H2", "40", Coverage.NONE, List.of(at("2022H2", "40"))).forecast())
        .isNull(); // one point after the baseline
    assertThat(TrendForecast.possibleAt(p("2027H1"), 2025)).isFalse();
    assertThat(TrendForecast.possibleAt(p("2027H2"), 2025)).isTrue();
  }

  @Test
  void aPercentageForecastStaysWithin0And100() {
    // (0, 20), (12, 50), (24, 80): 2.5 a month → 170 at 60 months; a share stops at 100
    Assessment a = assess(SHARE, LINEAR, "2022H2", "2022H2", "80", Coverage.NONE, List.of(at("2021H2", "50"), at("2022H2", "80")));
    assertThat(a.forecast().central()).isEqualByComparingTo("100");
    assertThat(a.forecast().high()).isEqualByComparingTo("100");
    Goal falling = Goal.share(2020, 2025, d("70"), null, new Baseline(d("40"), BaselineSource.OBSERVED));
    Assessment down = assess(falling, LINEAR, "2022H2", "2022H2", "10", Coverage.NONE, List.of(at("2021H2", "25"), at("2022H2", "10")));
    assertThat(down.forecast().central()).isEqualByComparingTo("0"); // 40 − 1.25 × 60 < 0
  }

  /** Values exactly on any line a + b·m: the forecast is that line at the target date, with no spread. */
  @Property(tries = 100)
  void aForecastOfPointsOnALineIsTheLine(@ForAll @IntRange(min = -50, max = 50) int intercept,
      @ForAll @IntRange(min = -20, max = 20) int slopePerYear, @ForAll @IntRange(min = 4, max = 10) int halfYears) {
    Goal goal = Goal.reduction(2020, 2030, d("7"), null, new Baseline(BigDecimal.valueOf(intercept), BaselineSource.DECLARED));
    List<Observation> series = new java.util.ArrayList<>();
    for (int h = 1; h <= halfYears; h++) {
      sctb.core.period.Period p = sctb.core.period.Period.half(2020 + (h + 1) / 2, h % 2 == 1 ? 1 : 2);
      series.add(new Observation(p, BigDecimal.valueOf(intercept).add(BigDecimal.valueOf(slopePerYear * h, 0)
          .divide(BigDecimal.valueOf(2)))));
    }
    Forecast f = TrendForecast.fit(goal, series);
    double expected = Math.min(100, intercept + slopePerYear * 10.0); // 10 years to 2030
    assertThat(f.central().doubleValue()).isCloseTo(expected, offset(1e-9));
    assertThat(f.low().doubleValue()).isCloseTo(expected, offset(1e-6));
    assertThat(f.high().doubleValue()).isCloseTo(expected, offset(1e-6));
  }
}
