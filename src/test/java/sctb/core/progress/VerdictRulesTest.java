package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.data;
import static sctb.core.progress.Fixtures.ind;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.red;
import static sctb.core.progress.Fixtures.task;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.plan.Plan;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;

/**
 * The misleading situations of issue 13, each on hand-made rows through the whole engine: final
 * verdicts that changed, a 0 baseline for 2030, stale data and thin panels judged as if current.
 */
class VerdictRulesTest {
  static IndicatorProgress indicator(Plan plan, List<TaskRow> tasks, List<IndicatorRow> rows, String period, String id) {
    return ProgressEngine.compute(plan, data(tasks, rows), p(period)).indicator(id).orElseThrow();
  }

  static Assessment verdict(IndicatorProgress ip) {
    return ip.figure().assessment();
  }

  /** A 2025 target missed at the end of 2025 stays "not achieved (final)" in 2026, with "achieved late (2026H1)". */
  @Test
  void aFinalShareVerdictNeverChangesAndLaterSuccessIsAchievedLate() {
    Plan plan = Fixtures.withFirstPhaseOnly("zones-awareness");
    List<IndicatorRow> rows = List.of(
        ind("2020/a.csv", 2, "2020", "SCT", "zones-awareness", "", "", "20", "100"),
        ind("2025H2/a.csv", 2, "2025H2", "SCT", "zones-awareness", "", "", "60", "100"),
        ind("2026H1/a.csv", 2, "2026H1", "SCT", "zones-awareness", "", "", "75", "100"),
        ind("2026H2/a.csv", 2, "2026H2", "SCT", "zones-awareness", "", "", "80", "100"));
    IndicatorProgress atEnd = indicator(plan, List.of(), rows, "2025H2", "zones-awareness");
    assertThat(verdict(atEnd).status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(verdict(atEnd).achievedLate()).isNull();
    for (String later : List.of("2026H1", "2026H2")) {
      IndicatorProgress ip = indicator(plan, List.of(), rows, later, "zones-awareness");
      assertThat(ip.figure().value()).as(later).isEqualByComparingTo("60"); // the data up to the end of 2025
      assertThat(ip.figure().asOf()).isEqualTo(p("2025H2"));
      assertThat(verdict(ip).status()).as(later).isEqualTo(Verdict.NOT_ACHIEVED);
      assertThat(verdict(ip).isFinal()).isTrue();
      assertThat(verdict(ip).achievedLate()).as(later).isEqualTo(p("2026H1"));
    }
  }

  /** The same for a reduction sector: its panel is the one at the end of 2025, whatever came after. */
  @Test
  void aFinalSectorVerdictIsJudgedOnTheTargetYearsPanel() {
    Plan plan = Fixtures.withFirstPhaseOnly("consumption-reduction");
    List<IndicatorRow> rows = List.of(
        red("2020/a.csv", 2, "2020", "cement", "A", "100", "10"),
        red("2025H2/a.csv", 2, "2025H2", "cement", "A", "96", "10"),
        red("2026H1/a.csv", 2, "2026H1", "cement", "A", "94", "10"),
        red("2026H1/a.csv", 3, "2026H1", "cement", "B", "10", "10")); // a new plant after the target year
    IndicatorProgress ip = indicator(plan, List.of(), rows, "2026H1", "consumption-reduction");
    ReductionSector cement = Fixtures.sector(ip, "cement");
    assertThat(cement.figure().asOf()).isEqualTo(p("2025H2"));
    assertThat(cement.figure().value()).isEqualByComparingTo("4"); // 100 × (1 − 9.6 / 10)
    assertThat(cement.detail().excluded()).isEmpty(); // B reported after 2025 only: not in the final panel
    assertThat(cement.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(cement.figure().assessment().achievedLate()).isEqualTo(p("2026H1")); // 6%
  }

  /** A task share done in 2026 for a 2025 target: judged on 2025's statuses, achieved late. */
  @Test
  void aFinalTaskShareIsJudgedOnTheTargetYearsStatuses() {
    List<TaskRow> tasks = List.of(
        task("2024H2/a.csv", 2, "2024H2", "SGDDT", "IX.4", Status.DONE, "100", null),
        task("2025H2/a.csv", 2, "2025H2", "SGDDT", "IX.5", Status.IN_PROGRESS, "80", null),
        task("2026H1/a.csv", 2, "2026H1", "SGDDT", "IX.5", Status.DONE, "100", null));
    IndicatorProgress ip = indicator(Fixtures.PLAN, tasks, List.of(), "2026H1", "curricula-integrated");
    assertThat(ip.figure().value()).isEqualByComparingTo("50");
    assertThat(verdict(ip).status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(verdict(ip).achievedLate()).isEqualTo(p("2026H1"));
  }

  /** 100% of the policy tasks at the end of 2025, 83.3% in 2026H1: deterioration, not "on track" from 0. */
  @Test
  void the2030PhaseStartsFromTheValueAtTheEndOf2025() {
    List<TaskRow> tasks = new ArrayList<>();
    // each task reported by its lead at the end of 2025 (after the 2025 successions): only the lead's row is its status
    java.util.Map<String, String> lead = java.util.Map.of("I.1", "SCT", "I.2", "STC", "I.3", "STC", "I.4", "SNNMT",
        "I.5", "SVHTTDL", "I.6", "SCT");
    for (String id : List.of("I.1", "I.2", "I.3", "I.4", "I.5", "I.6")) {
      tasks.add(task("2025H2/a.csv", tasks.size() + 2, "2025H2", lead.get(id), id, Status.DONE, "100", null));
    }
    tasks.add(task("2026H1/a.csv", 2, "2026H1", "STC", "I.2", Status.IN_PROGRESS, "90", null));
    IndicatorProgress ip = indicator(Fixtures.PLAN, tasks, List.of(), "2026H1", "policies-implemented");
    assertThat(ip.target().year()).isEqualTo(2030);
    assertThat(verdict(ip).baseline().value()).isEqualByComparingTo("100");
    assertThat(verdict(ip).baseline().source()).isEqualTo(BaselineSource.OBSERVED);
    assertThat(ip.figure().value().doubleValue()).isCloseTo(83.333333, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(verdict(ip).status()).isEqualTo(Verdict.DETERIORATION);
    // the first phase still starts from zero: nothing was delivered before the plan
    IndicatorProgress first = indicator(Fixtures.PLAN, tasks, List.of(), "2025H2", "policies-implemented");
    assertThat(verdict(first).baseline().source()).isEqualTo(BaselineSource.ZERO);
  }

  /** A population one half reported in 2025H1 and one half last reported in 2023H2 is not judged as current. */
  @Test
  void aShareRestingOnOldRowsIsInsufficientData() {
    List<IndicatorRow> rows = List.of(
        ind("2020/a.csv", 2, "2020", "SCT", "zones-awareness", "", "", "10", "100"),
        ind("2020/b.csv", 2, "2020", "BQLKKT", "zones-awareness", "", "", "10", "100"),
        ind("2023H2/b.csv", 2, "2023H2", "BQLKKT", "zones-awareness", "", "", "90", "100"),
        ind("2025H1/a.csv", 2, "2025H1", "SCT", "zones-awareness", "", "", "70", "100"));
    IndicatorProgress ip = indicator(Fixtures.PLAN, List.of(), rows, "2025H1", "zones-awareness");
    // BQLKKT's 2023H2 row is three half-years old at 2025H1: not carried forward (§2.2), but counted in the coverage
    assertThat(ip.figure().value()).isEqualByComparingTo("70"); // 70 / 100
    assertThat(((TallyOutcome) ip.outcome()).leftOut()).extracting(Omission::reason).containsExactly(OmissionReason.STALE);
    assertThat(verdict(ip).status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(verdict(ip).reason()).isEqualTo(VerdictReason.LOW_COVERAGE);
    CoverageFact population = verdict(ip).coverage().fact(CoverageKind.POPULATION_CURRENT).orElseThrow();
    assertThat(population.part()).isEqualByComparingTo("100");
    assertThat(population.whole()).isEqualByComparingTo("200");
    CoverageFact agencies = verdict(ip).coverage().fact(CoverageKind.AGENCIES_CURRENT).orElseThrow();
    assertThat(agencies.part()).isEqualByComparingTo("1");
    assertThat(agencies.whole()).isEqualByComparingTo("2");
  }

  /** A sector whose latest data is 2023H2 is not "on track" in 2025H1: too old to decide. */
  @Test
  void aSectorWhoseLatestDataIsTooOldIsNotJudged() {
    List<IndicatorRow> rows = List.of(
        red("2020/a.csv", 2, "2020", "steel", "A", "100", "10"),
        red("2023H2/a.csv", 2, "2023H2", "steel", "A", "96", "10"));
    ReductionSector steel = Fixtures.sector(indicator(Fixtures.PLAN, List.of(), rows, "2025H1", "consumption-reduction"),
        "steel");
    assertThat(steel.figure().value()).isEqualByComparingTo("4");
    assertThat(steel.figure().asOf()).isEqualTo(p("2023H2"));
    assertThat(steel.figure().assessment().status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(steel.figure().assessment().reason()).isEqualTo(VerdictReason.STALE_DATA);
  }

  /**
   * A panel holding 75% of the output reported for C (a large new plant without baseline data) is
   * too thin to judge; 80% is enough (the bound is inclusive).
   */
  @Test
  void aPanelShortOfItsSectorsOutputIsInsufficientData() {
    List<IndicatorRow> rows = new ArrayList<>(List.of(
        red("2020/a.csv", 2, "2020", "beer", "A", "1000", "100"),
        red("2024H1/a.csv", 2, "2024H1", "beer", "A", "700", "75"), // 9.333… against 10: 6.67% less
        red("2024H1/a.csv", 3, "2024H1", "beer", "New", "250", "25")));
    ReductionSector thin = Fixtures.sector(indicator(Fixtures.PLAN, List.of(), rows, "2024H1", "consumption-reduction"),
        "beer");
    assertThat(thin.figure().assessment().status()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(thin.figure().assessment().coverage().shortfall().orElseThrow().kind())
        .isEqualTo(CoverageKind.PANEL_OUTPUT_CURRENT);
    rows.set(2, red("2024H1/a.csv", 3, "2024H1", "beer", "New", "180", "18.75")); // 75 of 93.75 = 80%
    ReductionSector enough = Fixtures.sector(indicator(Fixtures.PLAN, List.of(), rows, "2024H1", "consumption-reduction"),
        "beer");
    assertThat(enough.figure().assessment().status()).isEqualTo(Verdict.ACHIEVED);
  }

  /** A task not reported for P keeps its last known status, marked as not reported this period. */
  @Test
  void aTaskNotReportedForThePeriodSaysSo() {
    List<TaskRow> tasks = List.of(
        task("2026H1/a.csv", 2, "2026H1", "SCT", "I.1", Status.ONGOING, "60", null),
        task("2026H1/a.csv", 3, "2026H1", "SCT", "I.6", Status.DONE, "100", null),
        task("2026H2/a.csv", 2, "2026H2", "SCT", "I.6", Status.DONE, "100", null));
    ProgressReport r = ProgressEngine.compute(Fixtures.PLAN, data(tasks, List.of()), p("2026H2"));
    TaskProgress i1 = TasksAndReportingTest.taskOf(r, "I.1");
    assertThat(i1.reportedForP()).isFalse();
    assertThat(i1.status()).isEqualTo(Status.ONGOING);
    assertThat(i1.latest().period()).isEqualTo(p("2026H1"));
    assertThat(TasksAndReportingTest.taskOf(r, "I.6").reportedForP()).isTrue();
  }

  /** Two tasks, one delivered from 2021H2, the other never: a line through a share's steps would forecast nothing. */
  @Test
  void aShareOfTasksIsNeverForecast() {
    List<TaskRow> tasks = new ArrayList<>();
    for (String half : List.of("2021H2", "2022H1", "2022H2", "2023H1", "2023H2", "2024H1")) {
      tasks.add(task(half + "/a.csv", 2, half, "SGDDT", "IX.4", Status.DONE, "100", null));
      tasks.add(task(half + "/a.csv", 3, half, "SLDTBXH", "IX.5", Status.IN_PROGRESS, "40", null)); // its lead
    }
    IndicatorProgress ip = indicator(Fixtures.PLAN, tasks, List.of(), "2024H1", "curricula-integrated");
    assertThat(verdict(ip).status().judges()).isTrue();
    assertThat(verdict(ip).forecast()).isNull();
    // a share of a population with the same history is forecast
    List<IndicatorRow> rows = new ArrayList<>();
    for (String half : List.of("2020", "2021H2", "2022H2", "2023H2", "2024H1")) {
      rows.add(ind(half + "/b.csv", 2, half, "SCT", "zones-awareness", "", "", String.valueOf(10 + 5 * rows.size()), "100"));
    }
    assertThat(verdict(indicator(Fixtures.PLAN, List.of(), rows, "2024H1", "zones-awareness")).forecast()).isNotNull();
  }
}
