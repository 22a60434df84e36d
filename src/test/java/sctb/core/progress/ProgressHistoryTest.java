package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.PLAN;
import static sctb.core.progress.Fixtures.ind;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.red;
import static sctb.core.progress.Fixtures.task;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sctb.core.register.Register;
import sctb.core.submission.RecordedRead;
import sctb.core.submission.RowRecorder;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/** The plan over time: which half-years a history covers, each computed as its own report, and what it gathers across them. */
class ProgressHistoryTest {
  static final List<TaskRow> TASKS = List.of(
      task("SCT.csv", 2, "2021H1", "SCT", "I.1", Status.IN_PROGRESS, "10", "2021-06-10"),
      task("SCT.csv", 3, "2021H2", "SCT", "I.1", Status.ONGOING, "100", "2021-12-25"),
      task("SKHDT.csv", 2, "2025H1", "SKHDT", "I.3", Status.DONE, "100", "2025-06-01"));
  static final Submissions ROWS = new Submissions(List.of("SCT.csv", "SKHDT.csv", "SCT-chi-so.csv"), TASKS, List.of(
      red("SCT-chi-so.csv", 2, "2020", "cement", "A", "1000", "100"),
      red("SCT-chi-so.csv", 3, "2021H2", "cement", "A", "980", "100"),
      ind("SCT-chi-so.csv", 4, "2022", "SCT", "zones-awareness", "", "", "30", "100")), List.of(), 0);

  /** {@code rows} as a read hands them over: tasks, then indicator rows. */
  private static RecordedRead recorded(Submissions rows) {
    RowRecorder recorder = new RowRecorder();
    rows.tasks().forEach(recorder::task);
    rows.indicators().forEach(recorder::indicator);
    return recorder.recorded(rows.files(), rows.diagnostics(), rows.rejectedRows());
  }

  @Test
  void theHalfYearsRunFromThePlansFirstToUntilAndAYearMeansItsSecondHalf() {
    assertThat(ProgressHistory.halfYears(PLAN, p("2022H1"))).containsExactly(p("2021H1"), p("2021H2"), p("2022H1"));
    assertThat(ProgressHistory.halfYears(PLAN, p("2022"))).last().isEqualTo(p("2022H2"));
    assertThat(ProgressHistory.halfYears(PLAN, p("2020H2"))).isEmpty();
    assertThat(ProgressHistory.first(PLAN)).isEqualTo(p("2021H1"));
    assertThat(ProgressHistory.last(PLAN)).isEqualTo(p("2030H2"));
  }

  @Test
  void theLatestDataIsTheHalfYearOfTheLatestRowAYearRowCountingAsItsSecondHalf() {
    assertThat(ProgressHistory.latestData(PLAN, ROWS)).contains(p("2025H1"));
    Submissions yearLast = new Submissions(List.of(), List.of(), List.of(ind("f", 2, "2026", "SCT", "spc-models", "", "M", "1", null)),
        List.of(), 0);
    assertThat(ProgressHistory.latestData(PLAN, yearLast)).contains(p("2026H2"));
    Submissions afterThePlan = new Submissions(List.of(), List.of(), List.of(ind("f", 2, "2032H1", "SCT", "spc-models", "", "M", "1", null)),
        List.of(), 0);
    assertThat(ProgressHistory.latestData(PLAN, afterThePlan)).contains(p("2030H2"));
    assertThat(ProgressHistory.latestData(PLAN, new Submissions(List.of(), List.of(), List.of(), List.of(), 0))).isEmpty();
  }

  @Test
  void everyPeriodIsExactlyItsOwnReport() {
    List<sctb.core.period.Period> periods = ProgressHistory.halfYears(PLAN, p("2025H1"));
    ProgressHistory history = ProgressHistory.compute(PLAN, Register.NONE, recorded(ROWS), periods);
    assertThat(history.reports()).hasSize(9);
    for (int i = 0; i < periods.size(); i++) {
      ProgressReport own = ProgressEngine.compute(PLAN, ROWS, periods.get(i));
      ProgressReport inHistory = history.reports().get(i);
      assertThat(inHistory.period()).isEqualTo(periods.get(i));
      assertThat(inHistory.indicators()).hasSameSizeAs(own.indicators());
      for (int k = 0; k < own.indicators().size(); k++) {
        assertThat(inHistory.indicators().get(k).figure()).isEqualTo(own.indicators().get(k).figure());
      }
      assertThat(inHistory.reporting()).isEqualTo(own.reporting());
    }
    assertThat(history.at(p("2021H2")).orElseThrow().indicator("consumption-reduction").orElseThrow().sector("cement")
        .orElseThrow().figure().value()).isEqualByComparingTo("2"); // 980/100 against 1000/100
    assertThat(history.at(p("2030H1"))).isEmpty();
    assertThat(history.latest().period()).isEqualTo(p("2025H1"));
  }

  @Test
  void reportingOverTimeIsEachPeriodsOwnWithNothingDueLeftEmpty() {
    ProgressHistory history = ProgressHistory.compute(PLAN, Register.NONE, recorded(ROWS), ProgressHistory.halfYears(PLAN, p("2025H1")));
    ReportingHistory reporting = ReportingHistory.of(history);
    assertThat(reporting.at("SCT", 0).orElseThrow().state()).isEqualTo(ReportState.ON_TIME); // 10/06 ≤ 20/06
    assertThat(reporting.at("SCT", 1).orElseThrow().state()).isEqualTo(ReportState.LATE); // 25/12 > 20/12
    assertThat(reporting.at("SCT", 2).orElseThrow().state()).isEqualTo(ReportState.MISSING);
    // The Department of Finance answers for SKHDT's rows after the 2025 merger; SKHDT itself is then not due.
    assertThat(reporting.at("STC", 8).orElseThrow().reportedBy()).contains("SKHDT");
    assertThat(reporting.at("SKHDT", 8)).isEmpty();
    assertThat(reporting.at("SKHDT", 0).orElseThrow().state()).isEqualTo(ReportState.MISSING);
    assertThat(reporting.agencies()).startsWith("SCT").contains("STC", "SKHDT");
    assertThat(reporting.periods()).hasSize(9);
    assertThat(reporting.status(1)).isEqualTo(history.reports().get(1).reporting());
  }

  @Test
  void indicatorReportsListEachAgencysIndicatorsInPlanOrderWithThePeriodsOfTheirRows() {
    Map<String, List<IndicatorReports>> byAgency = IndicatorReports.byAgency(PLAN, ROWS);
    assertThat(byAgency).containsOnlyKeys("SCT");
    assertThat(byAgency.get("SCT")).containsExactly(
        new IndicatorReports("consumption-reduction", List.of(p("2020"), p("2021H2"))),
        new IndicatorReports("zones-awareness", List.of(p("2022"))));
  }

  @Test
  void theTrajectoryIsTheExpectedValueEveryHalfYearToTheMinimum() {
    Goal reduction = Goal.reduction(2020, 2025, new BigDecimal("5"), new BigDecimal("8"), Baseline.declaredOrZero(BigDecimal.ZERO));
    List<Trajectory.Point> path = Trajectory.of(reduction, AssessorTest.LINEAR);
    assertThat(path).hasSize(11);
    assertThat(path.get(0)).isEqualTo(new Trajectory.Point(0, BigDecimal.ZERO));
    assertThat(path.get(7).months()).isEqualTo(42);
    assertThat(path.get(7).expected()).isEqualByComparingTo("3.5"); // 5 × 42/60, as the report's "expected by now"
    assertThat(path.get(10).expected()).isEqualByComparingTo("5");
    // cagr: 100 × (1 − 0.95^(30/60)) at 30 months, the methodology's example.
    assertThat(Trajectory.of(reduction, AssessorTest.CAGR).get(5).expected().doubleValue()).isCloseTo(2.532, org.assertj.core.api.Assertions.offset(0.001));
    Goal qualitative = Goal.count(2025, 2030, null, null, new Baseline(BigDecimal.ONE, BaselineSource.OBSERVED));
    assertThat(Trajectory.of(qualitative, AssessorTest.LINEAR)).isEmpty();
  }
}
