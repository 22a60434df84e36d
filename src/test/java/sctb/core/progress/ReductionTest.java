package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static sctb.core.progress.Fixtures.data;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.red;

import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.submission.IndicatorRow;

/** The reduction rule on hand-computed cases (docs/methodology.md §2.1). */
class ReductionTest {
  static final List<IndicatorRow> ROWS = List.of(
      // cement: A and B in both years; N new (no 2020); X closed (no 2024H1)
      red("2020/SCT-chi-so.csv", 2, "2020", "cement", "A", "1000", "100"),
      red("2020/SCT-chi-so.csv", 3, "2020", "cement", "B", "2000", "100"),
      red("2020/SCT-chi-so.csv", 4, "2020", "cement", "X", "500", "50"),
      red("2023H2/SCT-chi-so.csv", 2, "2023H2", "cement", "A", "480", "50"),
      red("2024H1/SCT-chi-so.csv", 2, "2024H1", "cement", "A", "450", "50"),
      red("2024H1/SCT-chi-so.csv", 3, "2024H1", "cement", "B", "950", "50"),
      red("2024H1/SCT-chi-so.csv", 4, "2024H1", "cement", "N", "100", "25"),
      // beer: 2020 only as halves; F has only the first half
      red("2020H1/SCT-chi-so.csv", 2, "2020H1", "beer", "E", "500", "50"),
      red("2020H2/SCT-chi-so.csv", 2, "2020H2", "beer", "E", "700", "50"),
      red("2020H1/SCT-chi-so.csv", 3, "2020H1", "beer", "F", "100", "10"),
      red("2024H1/SCT-chi-so.csv", 5, "2024H1", "beer", "E", "550", "50"),
      red("2024H1/SCT-chi-so.csv", 6, "2024H1", "beer", "F", "90", "10"),
      // a row after P is out of scope
      red("2024H2/SCT-chi-so.csv", 2, "2024H2", "cement", "A", "400", "50"));

  static IndicatorProgress compute(String period) {
    return ProgressEngine.compute(Fixtures.PLAN, data(List.of(), ROWS), p(period)).indicator("consumption-reduction")
        .orElseThrow();
  }

  @Test
  void panelLeavesOutANewPlantAndAClosedOne() {
    ReductionSector cement = Fixtures.sector(compute("2024H1"), "cement");
    // I_B = 3000/200 = 15; I_C = 1400/100 = 14; 100 × (1 − 14/15) = 6.666…
    assertThat(cement.figure().asOf()).isEqualTo(p("2024H1"));
    assertThat(cement.panelSize()).isEqualTo(2);
    assertThat(cement.detail().intensityBaseline()).isEqualByComparingTo("15");
    assertThat(cement.detail().intensityCurrent()).isEqualByComparingTo("14");
    assertThat(cement.figure().value().doubleValue()).isCloseTo(6.666667, offset(1e-6));
    assertThat(cement.figure().assessment().status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(cement.figure().assessment().pace().expected()).isEqualByComparingTo("3.5");
    List<Exclusion> out = cement.detail().excluded();
    assertThat(out).extracting(Exclusion::entity).containsExactly("N", "X");
    assertThat(out.get(0).reason()).isEqualTo(ExclusionReason.NO_BASELINE);
    assertThat(out.get(0).outputShare()).isEqualByComparingTo("0.2"); // 25 of 125 reported for 2024H1
    assertThat(out.get(0).shareBasis()).isEqualTo("current");
    assertThat(out.get(1).reason()).isEqualTo(ExclusionReason.NO_CURRENT);
    assertThat(out.get(1).outputShare()).isEqualByComparingTo("0.2"); // 50 of 250 reported for 2020
    assertThat(cement.sources()).extracting(Sources::text).containsExactly(
        "2020/SCT-chi-so.csv:2", "2020/SCT-chi-so.csv:3", "2024H1/SCT-chi-so.csv:2", "2024H1/SCT-chi-so.csv:3");
  }

  @Test
  void baselineYearIsBuiltFromBothHalves() {
    ReductionSector beer = Fixtures.sector(compute("2024H1"), "beer");
    // E: (500 + 700) / (50 + 50) = 12 in 2020, 550/50 = 11 in 2024H1 → 8.333…%
    assertThat(beer.panelSize()).isEqualTo(1);
    assertThat(beer.figure().value().doubleValue()).isCloseTo(8.333333, offset(1e-6));
    assertThat(beer.detail().excluded()).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ExclusionReason.BASELINE_INCOMPLETE));
    assertThat(beer.figure().assessment().stretchMet()).isTrue();
  }

  /**
   * Paper, 2025H2: A 1000/100 → 900/100 (10 → 9); B wrote 2020 in kgOE/tấn (1000/100 = 10) and 2025H2 in
   * TOE/tấn (0,95/100 = 0,0095: a thousandth); C reported zero consumption (0/100). B and C cannot have
   * changed that much (more than plan.yaml's outlier_factor, 3, either way): they are left out, named,
   * and the sector is A's 10%, resting on 100/300 of the output — insufficient data, not "99,9% achieved".
   * At exactly 3 times (D: 300/100 → 100/100) an establishment still counts.
   */
  @Test
  void anEstablishmentWhoseIntensityChangedBeyondTheOutlierFactorIsLeftOut() {
    List<IndicatorRow> rows = List.of(
        red("2020/SCT-chi-so.csv", 2, "2020", "paper", "A", "1000", "100"),
        red("2020/SCT-chi-so.csv", 3, "2020", "paper", "B", "1000", "100"),
        red("2020/SCT-chi-so.csv", 4, "2020", "paper", "C", "1000", "100"),
        red("2025H2/SCT-chi-so.csv", 2, "2025H2", "paper", "A", "900", "100"),
        red("2025H2/SCT-chi-so.csv", 3, "2025H2", "paper", "B", "0.95", "100"),
        red("2025H2/SCT-chi-so.csv", 4, "2025H2", "paper", "C", "0", "100"));
    ReductionSector paper = Fixtures.sector(ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p("2025H2"))
        .indicator("consumption-reduction").orElseThrow(), "paper");
    assertThat(paper.panelSize()).isEqualTo(1);
    assertThat(paper.figure().value()).isEqualByComparingTo("10");
    assertThat(paper.detail().excluded()).extracting(Exclusion::entity, Exclusion::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple("B", ExclusionReason.IMPLAUSIBLE_CHANGE),
        org.assertj.core.groups.Tuple.tuple("C", ExclusionReason.IMPLAUSIBLE_CHANGE));
    assertThat(paper.figure().assessment().status()).isEqualTo(Verdict.INSUFFICIENT_DATA); // 100/300 < 80%

    List<IndicatorRow> threeTimes = List.of(
        red("2020/SCT-chi-so.csv", 2, "2020", "paper", "D", "300", "100"),
        red("2025H2/SCT-chi-so.csv", 2, "2025H2", "paper", "D", "100", "100"));
    ReductionSector d = Fixtures.sector(ProgressEngine.compute(Fixtures.PLAN, data(List.of(), threeTimes), p("2025H2"))
        .indicator("consumption-reduction").orElseThrow(), "paper");
    assertThat(d.panelSize()).isEqualTo(1);
    assertThat(d.figure().value().doubleValue()).isCloseTo(66.666667, offset(1e-6));
  }

  @Test
  void aSectorWithoutDataHasNoFigure() {
    ReductionSector steel = Fixtures.sector(compute("2024H1"), "steel");
    assertThat(steel.figure().value()).isNull();
    assertThat(steel.figure().asOf()).isNull();
    assertThat(steel.figure().assessment().status()).isEqualTo(Verdict.NO_DATA);
  }

  /**
   * Two sectors of eight have data: the overall verdict waits for two thirds of them, whatever the
   * two say. The pooled figure is context, in TOE: cement's panel used 1400 kgOE where B's intensity
   * (3000 / 200) would have used 1500; beer's 550 MJ where 1200 / 100 × 50 = 600 MJ (1 MJ = 0.0000238846 TOE).
   */
  @Test
  void theOverallVerdictGoesBySectorsAndThePooledFigureIsInTheCommonUnit() {
    IndicatorProgress all = compute("2024H1");
    ReductionOutcome reduction = (ReductionOutcome) all.outcome();
    assertThat(reduction.sectorsMeetingMin()).isEqualTo(2);
    assertThat(reduction.sectorVerdicts().count(Verdict.ACHIEVED)).isEqualTo(2);
    assertThat(reduction.sectorVerdicts().count(Verdict.NO_DATA)).isEqualTo(6);
    assertThat(all.sectors()).hasSize(8);
    Assessment overall = all.figure().assessment();
    assertThat(overall.status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(overall.reason()).isEqualTo(VerdictReason.LOW_COVERAGE);
    CoverageFact sectors = overall.coverage().fact(CoverageKind.SECTORS_CURRENT).orElseThrow();
    assertThat(sectors.part()).isEqualByComparingTo("2");
    assertThat(sectors.whole()).isEqualByComparingTo("8");
    double mj = 0.0000238846;
    double pooled = 100 * (1 - (1.4 + 550 * mj) / (1.5 + 600 * mj));
    assertThat(all.figure().value().doubleValue()).isCloseTo(pooled, offset(1e-9));
    assertThat(reduction.pooled().included()).containsExactly("cement", "beer");
  }

  /** At 2025H2 cement's latest data is 2024H2 and beer's 2024H1: a final verdict on them would be on old data. */
  @Test
  void aFinalVerdictOnDataFromBeforeTheTargetYearIsNoData() {
    IndicatorProgress all = compute("2025H2");
    ReductionSector cement = Fixtures.sector(all, "cement");
    assertThat(cement.figure().asOf()).isEqualTo(p("2024H2"));
    assertThat(cement.figure().assessment().status()).isEqualTo(Verdict.NO_DATA);
    assertThat(cement.figure().assessment().reason()).isEqualTo(VerdictReason.NO_TARGET_YEAR_DATA);
    assertThat(cement.figure().assessment().isFinal()).isTrue();
    assertThat(Fixtures.sector(all, "steel").figure().assessment().reason()).isEqualTo(VerdictReason.NO_ROWS);
    // No sector has data of 2025: no final verdict overall either (docs/methodology.md §8).
    assertThat(all.figure().assessment().status()).isEqualTo(Verdict.NO_DATA);
    assertThat(all.figure().assessment().reason()).isEqualTo(VerdictReason.NO_TARGET_YEAR_DATA);
    assertThat(((ReductionOutcome) all.outcome()).pooled().leftOut())
        .contains(new PooledReduction.LeftOut("cement", PooledReduction.Reason.NOT_CURRENT));
  }

  @Test
  void theSecondPhaseIsJudgedFromTheBaselineYear2025() {
    List<IndicatorRow> rows = List.of(
        red("2025H1/SCT-chi-so.csv", 2, "2025H1", "fertilizer", "P", "100", "10"),
        red("2025H2/SCT-chi-so.csv", 2, "2025H2", "fertilizer", "P", "100", "10"),
        red("2026H1/SCT-chi-so.csv", 2, "2026H1", "fertilizer", "P", "95", "10"));
    IndicatorProgress ip = ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p("2026H1"))
        .indicator("consumption-reduction").orElseThrow();
    // I_B = 200/20 = 10, I_C = 9.5 → 5%; expected 7 × 6/60 = 0.7
    ReductionSector s = Fixtures.sector(ip, "fertilizer");
    assertThat(ip.target().year()).isEqualTo(2030);
    assertThat(s.figure().value()).isEqualByComparingTo("5");
    assertThat(s.figure().assessment().pace().expected()).isEqualByComparingTo("0.7");
    assertThat(s.figure().assessment().status()).isEqualTo(Verdict.ON_TRACK);
    assertThat(ip.otherTarget().year()).isEqualTo(2025);
  }

  /** A whole-year row and a second-half row end on the same day: both are period C, the year read for an establishment with both. */
  @Test
  void aWholeYearRowAndASecondHalfRowAreBothPeriodC() {
    List<IndicatorRow> rows = List.of(
        red("2020/a.csv", 2, "2020", "steel", "A", "1000", "100"),
        red("2020/a.csv", 3, "2020", "steel", "B", "2000", "100"),
        red("2025/a.csv", 2, "2025", "steel", "A", "900", "100"),
        red("2025/a.csv", 3, "2025", "steel", "B", "950", "50"),
        red("2025H2/a.csv", 2, "2025H2", "steel", "B", "1", "1"), // B's half beside its year: the year counts
        red("2025H2/a.csv", 3, "2025H2", "steel", "N", "300", "30")); // a new plant reporting the half only
    ReductionSector steel = Fixtures.sector(ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p("2025H2"))
        .indicator("consumption-reduction").orElseThrow(), "steel");
    // I_B = 3000 / 200 = 15; I_C = (900 + 950) / (100 + 50) = 12.333…; 100 × (1 − (1850 × 200) / (150 × 3000)) = 17.777…
    assertThat(steel.panelSize()).isEqualTo(2);
    assertThat(steel.figure().asOf()).isEqualTo(p("2025"));
    assertThat(steel.figure().value().doubleValue()).isCloseTo(17.777778, offset(1e-6));
    assertThat(steel.detail().excluded()).singleElement().satisfies(e -> {
      assertThat(e.entity()).isEqualTo("N");
      assertThat(e.reason()).isEqualTo(ExclusionReason.NO_BASELINE);
    });
  }

  /**
   * A sector's series, which the 2025H1 report keeps for the forecast, is what each earlier report
   * said of it: the value at every half-year on that half-year's own panel.
   */
  @Test
  void aSectorsSeriesIsEachEarlierReportsFigure() {
    ProgressReport may2025 = ProgressEngine.compute(Fixtures.PLAN, OrderIndependenceProperties.SAMPLES, p("2025H1"));
    for (SectorProgress s : may2025.indicator("consumption-reduction").orElseThrow().sectors()) {
      Forecast f = s.figure().assessment().forecast();
      assertThat(f).as(s.sector()).isNotNull();
      assertThat(f.observations()).hasSize(10); // 2020, then 2021H1 … 2025H1
      for (Observation o : f.observations().subList(1, f.observations().size())) {
        SectorProgress then = ProgressEngine.compute(Fixtures.PLAN, OrderIndependenceProperties.SAMPLES, o.period())
            .indicator("consumption-reduction").orElseThrow().sector(s.sector()).orElseThrow();
        assertThat(o.value()).as("%s %s", s.sector(), o.period()).isEqualByComparingTo(then.figure().value());
      }
    }
  }
}
