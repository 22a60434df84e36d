package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static sctb.core.progress.Fixtures.ind;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.red;
import static sctb.core.progress.Fixtures.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/**
 * What changed since the previous report (docs/methodology.md §15): each figure there, recomputed with
 * today's data by the same rule and target, the difference, and the figures a later correction restates
 * with the value they were published with.
 */
class ChangesTest {
  static Correction correction(IndicatorRow older, String olderDate, IndicatorRow newer, String newerDate) {
    return new Correction(newer.period(), newer.indicator(), Correction.Reason.LATER_DATE,
        new Correction.Side(older.at(), date(olderDate), null, older), new Correction.Side(newer.at(), date(newerDate), null, newer));
  }

  static Correction correction(TaskRow older, TaskRow newer) {
    return new Correction(newer.period(), newer.task(), Correction.Reason.LATER_DATE,
        new Correction.Side(older.at(), older.submittedOn(), older, null), new Correction.Side(newer.at(), newer.submittedOn(), newer, null));
  }

  static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  static ProgressReport report(List<TaskRow> tasks, List<IndicatorRow> rows, List<Correction> corrections, String period) {
    return ProgressEngine.compute(Fixtures.PLAN, new Submissions(List.of("a.csv"), tasks, rows, List.of(), 0, corrections),
        p(period));
  }

  static final IndicatorRow ZONES_2020 = ind("2020/SCT.csv", 2, "2020", "SCT", "zones-awareness", "", "", "20", "100");
  static final IndicatorRow ZONES_2023H2 = ind("2023H2/SCT.csv", 2, "2023H2", "SCT", "zones-awareness", "", "", "30", "100");
  static final IndicatorRow ZONES_2023H2_CORRECTED =
      ind("2024H1/SCT-dieu-chinh-2023H2.csv", 2, "2023H2", "SCT", "zones-awareness", "", "", "35", "100");
  static final IndicatorRow ZONES_2024H1 = ind("2024H1/SCT.csv", 2, "2024H1", "SCT", "zones-awareness", "", "", "40", "100");

  @Test
  void eachFigureHasItsPreviousValueVerdictAndDifference() {
    ProgressReport r = report(List.of(), List.of(ZONES_2020, ZONES_2023H2, ZONES_2024H1), List.of(), "2024H1");
    Change c = r.changes().of("zones-awareness", null).orElseThrow();
    assertThat(r.changes().previous()).isEqualTo(p("2023H2"));
    assertThat(r.changes().samePhase()).isTrue();
    assertThat(c.previous().value()).isEqualByComparingTo("30");
    assertThat(c.difference()).isEqualByComparingTo("10");
    // 2023H2 was judged against the same 2025 target: baseline 20, expected 20 + 50 × 36/60 = 50, ratio 0.2
    assertThat(c.previousVerdict()).isEqualTo(Verdict.LIMITED_PROGRESS);
    assertThat(c.restated()).isFalse();
  }

  @Test
  void aCorrectionSentAfterThePreviousReportRestatesItsFigure() {
    // 30 → 35 for 2023H2, sent on 01/02/2024, after the 2023H2 report was due (20/12/2023)
    List<IndicatorRow> rows = List.of(ZONES_2020, ZONES_2023H2_CORRECTED, ZONES_2024H1);
    Correction late = correction(ZONES_2023H2, "2023-12-15", ZONES_2023H2_CORRECTED, "2024-02-01");
    Change c = report(List.of(), rows, List.of(late), "2024H1").changes().of("zones-awareness", null).orElseThrow();
    assertThat(c.previous().value()).isEqualByComparingTo("35");
    assertThat(c.difference()).isEqualByComparingTo("5");
    assertThat(c.restatement().published()).isEqualByComparingTo("30");
    assertThat(c.restatement().corrections()).containsExactly(late);
    // sent before the report was due, the correction was in it: nothing restated
    Correction early = correction(ZONES_2023H2, "2023-12-10", ZONES_2023H2_CORRECTED, "2023-12-18");
    assertThat(report(List.of(), rows, List.of(early), "2024H1").changes().of("zones-awareness", null).orElseThrow().restated())
        .isFalse();
    // the report lists the corrections of periods up to its own
    assertThat(report(List.of(), rows, List.of(late), "2023H2").corrections()).containsExactly(late);
    assertThat(report(List.of(), rows, List.of(late), "2023H1").corrections()).isEmpty();
  }

  @Test
  void aReductionPanelIsRestatedWithTheReplacedRowsFigures() {
    IndicatorRow wrong = red("2023H2/SCT.csv", 2, "2023H2", "cement", "A", "500", "50");
    IndicatorRow right = red("2024H1/SCT-dieu-chinh-2023H2.csv", 2, "2023H2", "cement", "A", "470", "50");
    List<IndicatorRow> rows = List.of(
        red("2020/SCT.csv", 2, "2020", "cement", "A", "1000", "100"),
        red("2020/SCT.csv", 3, "2020", "cement", "B", "2000", "100"),
        right,
        red("2023H2/SCT.csv", 3, "2023H2", "cement", "B", "960", "50"),
        red("2024H1/SCT.csv", 2, "2024H1", "cement", "A", "450", "50"),
        red("2024H1/SCT.csv", 3, "2024H1", "cement", "B", "950", "50"));
    Correction c = correction(wrong, null, right, "2024-01-15");
    ProgressReport r = report(List.of(), rows, List.of(c), "2024H1");
    Change cement = r.changes().of("consumption-reduction", "cement").orElseThrow();
    // today: I_B = 3000/200 = 15, I_C = (470 + 960)/100 = 14.3 → 4.667%; published: (500 + 960)/100 = 14.6 → 2.667%
    assertThat(cement.previous().value().doubleValue()).isCloseTo(100 * (1 - 14.3 / 15), offset(1e-9));
    assertThat(cement.restatement().published().doubleValue()).isCloseTo(100 * (1 - 14.6 / 15), offset(1e-9));
    // now: I_C = 1400/100 = 14 → 6.667%
    assertThat(cement.difference().doubleValue()).isCloseTo(100 * (14.3 - 14) / 15, offset(1e-9));
    Change overall = r.changes().of("consumption-reduction", null).orElseThrow();
    assertThat(overall.restated()).isTrue();
    assertThat(overall.restatement().published()).isNull(); // the pooled figure is not recomputed
    assertThat(r.changes().of("consumption-reduction", "steel").orElseThrow().restated()).isFalse();
  }

  @Test
  void aTaskKeepsTheStatusItWasPublishedWith() {
    TaskRow was = task("2023H2/SCT.csv", 2, "2023H2", "SCT", "I.1", Status.IN_PROGRESS, "40", "2023-12-15");
    TaskRow is = task("2024H1/SCT-dieu-chinh-2023H2.csv", 2, "2023H2", "SCT", "I.1", Status.ONGOING, "60", "2024-01-10");
    TaskRow now = task("2024H1/SCT.csv", 2, "2024H1", "SCT", "I.1", Status.ONGOING, "70", "2024-06-10");
    TaskRow i6 = task("2024H1/SCT.csv", 3, "2024H1", "SCT", "I.6", Status.DONE, "100", "2024-06-10");
    ProgressReport r = report(List.of(is, now, i6), List.of(), List.of(correction(was, is)), "2024H1");
    TaskChange i1 = r.changes().task("I.1").orElseThrow();
    assertThat(i1.previousStatus()).isEqualTo(Status.ONGOING);
    assertThat(i1.changed()).isFalse();
    assertThat(i1.restated()).isTrue();
    assertThat(i1.published()).isEqualTo(Status.IN_PROGRESS);
    TaskChange first = r.changes().task("I.6").orElseThrow();
    assertThat(first.previous()).isNull();
    assertThat(first.changed()).isTrue();
    // policies-implemented (I.1–I.6) at 2023H2: 1 of 6 delivered today (I.1 ongoing), 0 as published
    Change policies = r.changes().of("policies-implemented", null).orElseThrow();
    assertThat(policies.previous().value().doubleValue()).isCloseTo(100.0 / 6, offset(1e-9));
    assertThat(policies.restatement().published()).isEqualByComparingTo("0");
  }

  @Test
  void acrossPhasesTheValueIsComparedButNotTheVerdict() {
    List<IndicatorRow> rows = List.of(
        ind("2025H2/SCT.csv", 2, "2025H2", "SCT", "zones-awareness", "", "", "70", "100"),
        ind("2026H1/SCT.csv", 2, "2026H1", "SCT", "zones-awareness", "", "", "75", "100"),
        red("2025/SCT.csv", 2, "2025", "cement", "A", "1000", "100"),
        red("2026H1/SCT.csv", 2, "2026H1", "cement", "A", "480", "50"));
    ProgressReport r = report(List.of(), rows, List.of(), "2026H1");
    assertThat(r.changes().samePhase()).isFalse();
    Change zones = r.changes().of("zones-awareness", null).orElseThrow();
    assertThat(zones.previous().value()).isEqualByComparingTo("70");
    assertThat(zones.difference()).isEqualByComparingTo("5");
    assertThat(zones.previousVerdict()).isNull(); // 2025H2 was judged against the 2025 target, not 2030's
    Change cement = r.changes().of("consumption-reduction", "cement").orElseThrow();
    assertThat(cement.previous().value()).isNull(); // 2025 is this target's baseline: no reduction yet to compare
    assertThat(cement.difference()).isNull();
  }
}
