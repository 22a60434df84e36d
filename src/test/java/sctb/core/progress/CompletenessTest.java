package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.entry;
import static sctb.core.progress.Fixtures.ind;
import static sctb.core.progress.Fixtures.matched;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.register.EntityKind;
import sctb.core.register.Register;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/**
 * How complete each agency's report is (docs/methodology.md §12): its tasks in P, those reported on
 * time, late or undated by their first submission, those missing by id; its indicator rows against
 * its previous half-year's; the headline of tasks reported of those assigned.
 */
class CompletenessTest {
  // SVHTTDL carries I.5, VI.4 and IX.1 in 2024; SNGV carries XV.2
  static final List<TaskRow> TASKS = List.of(
      task("2024H1/SVHTTDL.csv", 2, "2024H1", "SVHTTDL", "I.5", Status.ONGOING, null, "2024-06-15"),
      task("2024H1/SVHTTDL.csv", 3, "2024H1", "SVHTTDL", "VI.4", Status.IN_PROGRESS, null, "2024-06-25"),
      task("2024H1/SVHTTDL.csv", 4, "2024H1", "SVHTTDL", "IX.1", Status.IN_PROGRESS, null, null),
      task("2024H1/SCT.csv", 2, "2024H1", "SCT", "I.1", Status.ONGOING, null, "2024-07-02"));

  static AgencyReporting agency(ReportingStatus r, String id) {
    return r.agencies().stream().filter(a -> a.agency().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void eachTaskIsJudgedOnItsFirstSubmissionAndTheMissingOnesAreNamed() {
    ReportingStatus r = ProgressEngine.compute(Fixtures.PLAN, Fixtures.data(TASKS, List.of()), p("2024H1")).reporting();
    AgencyReporting svh = agency(r, "SVHTTDL");
    assertThat(svh.assigned()).containsExactly("I.5", "VI.4", "IX.1");
    assertThat(svh.tasks()).containsExactly("I.5", "VI.4", "IX.1");
    assertThat(svh.missing()).isEmpty();
    assertThat(List.of(svh.onTime(), svh.late(), svh.undated())).containsExactly(1, 1, 1);
    assertThat(svh.state()).isEqualTo(ReportState.ON_TIME); // its first submission, 15/06, was on time
    assertThat(svh.partial()).isFalse();
    // SCT sent 1 of its 28 tasks, late: received, late, and partial — with the 27 missing named
    AgencyReporting sct = agency(r, "SCT");
    assertThat(sct.state()).isEqualTo(ReportState.LATE);
    assertThat(sct.assigned()).hasSize(28);
    assertThat(sct.reportedOfAssigned()).isEqualTo(1);
    assertThat(sct.missing()).hasSize(27).startsWith("I.6", "II.1").doesNotContain("I.1");
    assertThat(sct.partial()).isTrue();
    assertThat(r.partial()).containsExactly("SCT");
    assertThat(r.complete()).containsExactly("SVHTTDL");
    assertThat(r.received()).containsExactly("SCT", "SVHTTDL");
    assertThat(r.in(ReportState.MISSING)).contains("SNGV");
    assertThat(r.tasksAssigned()).isEqualTo(59);
    assertThat(r.tasksReported()).isEqualTo(4);
  }

  @Test
  void indicatorRowsAreHeldAgainstThePreviousHalfYearLessWhatHasClosed() {
    List<IndicatorRow> rows = List.of(
        ind("2023H1/BQLKKT.csv", 2, "2023H1", "BQLKKT", "zones-awareness", "", "KCN Z", "0", "1"), // an older half-year
        ind("2023H2/BQLKKT.csv", 2, "2023H2", "BQLKKT", "zones-awareness", "", "KCN A", "0", "1"),
        ind("2023H2/BQLKKT.csv", 3, "2023H2", "BQLKKT", "zones-awareness", "", "KCN B", "1", "1"),
        ind("2023H2/BQLKKT.csv", 4, "2023H2", "BQLKKT", "zones-awareness", "", "KCN C", "0", "1"),
        ind("2024H1/BQLKKT.csv", 2, "2024H1", "BQLKKT", "zones-awareness", "", "KCN A", "1", "1"),
        ind("2024H1/BQLKKT.csv", 3, "2024H1", "BQLKKT", "zones-awareness", "", "KCN B", "1", "1"),
        ind("2024H1/BQLKKT.csv", 4, "2024H1", "BQLKKT", "zones-awareness", "", "KCN D", "0", "1"));
    List<TaskRow> tasks = List.of(task("2024H1/BQLKKT-nv.csv", 2, "2024H1", "BQLKKT", "IV.6", Status.IN_PROGRESS, null, null),
        task("2024H1/BQLKKT-nv.csv", 3, "2024H1", "BQLKKT", "VI.3", Status.IN_PROGRESS, null, null));
    AgencyReporting bql = agency(ProgressEngine.compute(Fixtures.PLAN, Fixtures.data(tasks, rows), p("2024H1")).reporting(),
        "BQLKKT");
    // expected A, B, C (2023H2); received A, B; D is new; C is missing, and named as the agency spelled it
    assertThat(bql.indicators()).isEqualTo(new IndicatorDuty(3, 2, 1, List.of(new MissingRow("zones-awareness", "", "KCN C"))));
    assertThat(bql.missing()).isEmpty();
    assertThat(bql.partial()).isTrue();
    // the register says KCN C closed at the end of 2023: nothing is expected of it any more
    Register register = new Register("registers/co-so.csv", List.of(
        entry("KCN-C", EntityKind.ZONE, "", "KCN C", null, "2023-12-31")), List.of());
    List<IndicatorRow> matched = rows.stream().map(r -> matched(r, "", register)).toList();
    Submissions data = Fixtures.data(tasks, matched);
    AgencyReporting withRegister = agency(ProgressEngine.compute(Fixtures.PLAN, register, data, p("2024H1")).reporting(),
        "BQLKKT");
    assertThat(withRegister.indicators()).isEqualTo(new IndicatorDuty(2, 2, 1));
    assertThat(withRegister.partial()).isFalse();
  }

  @Test
  void theMissingRowsNamedAreTheFirstTwentyInNameOrderTheRestCounted() {
    List<IndicatorRow> rows = new java.util.ArrayList<>();
    for (int n = 0; n < 300; n++) {
      rows.add(ind("2023H2/BQLKKT.csv", n + 2, "2023H2", "BQLKKT", "zones-awareness", "", String.format("KCN %03d", n), "0", "1"));
    }
    rows.add(ind("2024H1/BQLKKT.csv", 2, "2024H1", "BQLKKT", "zones-awareness", "", "KCN 000", "1", "1"));
    List<TaskRow> tasks = List.of(task("2024H1/BQLKKT-nv.csv", 2, "2024H1", "BQLKKT", "IV.6", Status.IN_PROGRESS, null, null));
    IndicatorDuty duty = agency(ProgressEngine.compute(Fixtures.PLAN, Fixtures.data(tasks, rows), p("2024H1")).reporting(),
        "BQLKKT").indicators();
    assertThat(duty.missing()).isEqualTo(299);
    assertThat(duty.named()).hasSize(MissingRowNames.LISTED).first().isEqualTo(new MissingRow("zones-awareness", "", "KCN 001"));
    assertThat(duty.named().get(19).entity()).isEqualTo("KCN 020");
    assertThat(duty.unnamed()).isEqualTo(279);
  }

  @Test
  void theRowsThePlanAsksForAreOwedBesideThePreviousReportOncePerIndicatorAndSector() {
    // SCT's previous report (2026H1) had cement rows only; in 2026H2 it sends two cement establishments and the
    // eco-packaging summary row. The plan asks it for every 2026-2030 sector, the shares, the count and its outputs.
    List<IndicatorRow> rows = List.of(
        ind("2026H1/SCT.csv", 2, "2026H1", "SCT", "consumption-reduction", "cement", "Xi măng A", "10", "1"),
        ind("2026H2/SCT.csv", 2, "2026H2", "SCT", "consumption-reduction", "cement", "Xi măng A", "10", "1"),
        ind("2026H2/SCT.csv", 3, "2026H2", "SCT", "consumption-reduction", "cement", "Xi măng B", "10", "1"),
        ind("2026H2/SCT.csv", 4, "2026H2", "SCT", "eco-packaging", "", "", "11", "14"));
    List<TaskRow> tasks = List.of(task("2026H2/SCT-nv.csv", 2, "2026H2", "SCT", "I.1", Status.ONGOING, null, null));
    IndicatorDuty duty = agency(ProgressEngine.compute(Fixtures.PLAN, Fixtures.data(tasks, rows), p("2026H2")).reporting(),
        "SCT").indicators();
    // 1 row of the previous report, 17 more asked (18 planned, cement already covered); received: A and eco-packaging;
    // B is a row besides
    assertThat(List.of(duty.expected(), duty.fromPlan(), duty.received(), duty.added())).containsExactly(18, 17, 2, 1);
    assertThat(duty.missing()).isEqualTo(16);
    // in plan order: the indicators and their sectors, then the task outputs (each its own row, though all are ""-named)
    assertThat(duty.named()).hasSize(16).allMatch(MissingRow::fromPlan).first()
        .isEqualTo(new MissingRow("consumption-reduction", "textile", "", true));
    assertThat(duty.named().subList(12, 16)).extracting(MissingRow::indicator).containsExactly("IV.2-enterprises-supported",
        "IV.2-eco-innovation-enterprises", "IV.3-industrial-clusters", "IV.3-craft-villages");
    assertThat(duty.named()).contains(new MissingRow("consumption-reduction", "textile", "", true))
        .doesNotContain(new MissingRow("consumption-reduction", "cement", "", true))
        .doesNotContain(new MissingRow("eco-packaging", "", "", true));
  }

  @Test
  void anAgencyWithTasksOnlyOwesNoIndicatorRow() {
    List<TaskRow> tasks = List.of(task("2026H2/LMHTX.csv", 2, "2026H2", "LMHTX", "IV.8", Status.ONGOING, null, null));
    AgencyReporting lmhtx = agency(ProgressEngine.compute(Fixtures.PLAN, Fixtures.data(tasks, List.of()), p("2026H2"))
        .reporting(), "LMHTX");
    assertThat(lmhtx.indicators()).isEqualTo(IndicatorDuty.NONE);
  }

  @Test
  void aWholeYearOwesNothingThePlanAsksRowsAreCountedByHalfYear() {
    List<TaskRow> tasks = List.of(task("2026/SCT-nv.csv", 2, "2026", "SCT", "I.1", Status.ONGOING, null, null));
    IndicatorDuty duty = agency(ProgressEngine.compute(Fixtures.PLAN, Fixtures.data(tasks, List.of()), p("2026")).reporting(),
        "SCT").indicators();
    assertThat(duty.fromPlan()).isZero();
  }
}
