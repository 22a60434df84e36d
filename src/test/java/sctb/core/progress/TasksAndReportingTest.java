package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.data;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.task;

import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;

/** Task statuses, the tasks kind, and reporting discipline across the 2025 succession (§2.3, §6). */
class TasksAndReportingTest {
  static final List<TaskRow> ROWS = List.of(
      task("2024H1/SCT-nhiem-vu.csv", 2, "2024H1", "SCT", "I.1", Status.ONGOING, "50", "2024-06-13"),
      task("2024H1/SCT-nhiem-vu.csv", 3, "2024H1", "SCT", "I.6", Status.DONE, "100", "2024-06-13"),
      task("2024H1/STC-nhiem-vu.csv", 2, "2024H1", "STC", "I.2", Status.IN_PROGRESS, "40", "2024-06-25"),
      task("2024H1/SKHDT-nhiem-vu.csv", 2, "2024H1", "SKHDT", "I.3", Status.IN_PROGRESS, "30", null),
      // 2025H1: SKHDT merged into STC on 1/3/2025; its late row counts for STC
      task("2025H1/STC-nhiem-vu.csv", 2, "2025H1", "STC", "I.2", Status.DONE, "100", "2025-06-10"),
      task("2025H1/STC-nhiem-vu.csv", 3, "2025H1", "STC", "I.3", Status.ONGOING, "60", "2025-06-10"),
      task("2025H1/SKHDT-nhiem-vu.csv", 2, "2025H1", "SKHDT", "I.3", Status.DELAYED, "55", "2025-06-25"));

  static ProgressReport compute(String period) {
    return ProgressEngine.compute(Fixtures.PLAN, data(ROWS, List.of()), p(period));
  }

  static TaskProgress taskOf(ProgressReport r, String id) {
    return r.tasks().stream().filter(t -> t.task().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theResponsibleAgencyFollowsTheSuccession() {
    assertThat(taskOf(compute("2024H1"), "I.3").responsible()).isEqualTo("SKHDT");
    TaskProgress i3 = taskOf(compute("2025H1"), "I.3");
    assertThat(i3.responsible()).isEqualTo("STC");
    // both agencies' rows for 2025H1 kept apart; the successor's own row gives the status
    assertThat(i3.reports()).extracting(r -> r.row().agency()).containsExactly("SKHDT", "STC");
    assertThat(i3.reports()).extracting(AgencyReport::countsFor).containsExactly("STC", "STC");
    assertThat(i3.status()).isEqualTo(Status.ONGOING);
  }

  /**
   * I.2 (lead: Sở Tài chính) reported "done" only by a partner (the districts) in 2024H2, I.6 (lead: SCT) "done" by
   * SCT in 2024H1 and "in progress" by the districts in 2024H2: a partner's row is its contribution, shown for
   * the period, never the task's status. I.2 stays as STC last reported it (in progress, 2024H1), I.6 done
   * (2024H1); policies-implemented is I.1 and I.6 of six, 33.3%, not I.1, I.2 and I.6 (50%).
   */
  @Test
  void aPartnersRowIsNotTheTasksStatus() {
    List<TaskRow> rows = new java.util.ArrayList<>(ROWS.subList(0, 4));
    rows.add(task("2024H2/UBND-HUYEN-nhiem-vu.csv", 2, "2024H2", "UBND-HUYEN", "I.2", Status.DONE, "100", "2024-12-10"));
    rows.add(task("2024H2/UBND-HUYEN-nhiem-vu.csv", 3, "2024H2", "UBND-HUYEN", "I.6", Status.IN_PROGRESS, "50",
        "2024-12-10"));
    ProgressReport r = ProgressEngine.compute(Fixtures.PLAN, data(rows, List.of()), p("2024H2"));
    TaskProgress i2 = taskOf(r, "I.2");
    assertThat(i2.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(i2.latest().period()).isEqualTo(p("2024H1"));
    assertThat(i2.reports()).extracting(a -> a.row().agency()).containsExactly("UBND-HUYEN"); // its text still shown
    assertThat(taskOf(r, "I.6").status()).isEqualTo(Status.DONE);
    IndicatorProgress policies = r.indicator("policies-implemented").orElseThrow();
    assertThat(((TaskShareOutcome) policies.outcome()).delivered()).isEqualTo(2);
    assertThat(policies.figure().value().doubleValue()).isCloseTo(33.333333, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void latestStatusUpToThePeriod() {
    TaskProgress i2 = taskOf(compute("2024H2"), "I.2");
    assertThat(i2.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(i2.latest().period()).isEqualTo(p("2024H1"));
    assertThat(i2.reports()).isEmpty();
    assertThat(taskOf(compute("2024H2"), "I.4").latest()).isNull();
  }

  @Test
  void tasksKindIsTheShareDelivered() {
    IndicatorProgress policies = compute("2024H1").indicator("policies-implemented").orElseThrow();
    // I.1 ongoing, I.6 done of six → 33.33…%
    TaskShareOutcome share = (TaskShareOutcome) policies.outcome();
    assertThat(share.delivered()).isEqualTo(2);
    assertThat(share.named()).hasSize(6);
    assertThat(policies.figure().value().doubleValue()).isCloseTo(33.333333, org.assertj.core.data.Offset.offset(1e-6));
    IndicatorProgress later = compute("2025H1").indicator("policies-implemented").orElseThrow();
    assertThat(((TaskShareOutcome) later.outcome()).delivered()).isEqualTo(4); // + I.2 done, I.3 ongoing
  }

  @Test
  void reportingSplitsOnTimeLateUndatedAndMissing() {
    ReportingStatus r = compute("2024H1").reporting();
    assertThat(r.dueDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 20));
    assertThat(r.in(ReportState.ON_TIME)).containsExactly("SCT");
    assertThat(r.in(ReportState.LATE)).containsExactly("STC");
    assertThat(r.in(ReportState.UNDATED)).containsExactly("SKHDT");
    assertThat(r.expected()).contains("SKHDT", "STNMT", "SNGV").doesNotContain("SNNMT");
    assertThat(r.in(ReportState.MISSING)).contains("STNMT", "SNGV").doesNotContain("SCT", "STC", "SKHDT");
  }

  @Test
  void aPredecessorsRowCountsForItsSuccessor() {
    ReportingStatus r = compute("2025H1").reporting();
    assertThat(r.expected()).contains("STC", "SNNMT").doesNotContain("SKHDT", "STNMT");
    AgencyReporting stc = r.agencies().stream().filter(a -> a.agency().equals("STC")).findFirst().orElseThrow();
    assertThat(stc.reportedBy()).containsExactly("SKHDT", "STC");
    // judged on its first submission (10/6), not on SKHDT's later row (25/6)
    assertThat(stc.submittedOn()).isEqualTo(java.time.LocalDate.of(2025, 6, 10));
    assertThat(stc.state()).isEqualTo(ReportState.ON_TIME);
    // STC carries its own I.2, VIII.2 and SKHDT's I.3, VIII.3 in 2025: two of four reported
    assertThat(stc.assigned()).containsExactly("I.2", "I.3", "VIII.2", "VIII.3");
    assertThat(stc.tasks()).containsExactly("I.2", "I.3");
    assertThat(stc.missing()).containsExactly("VIII.2", "VIII.3");
    assertThat(stc.onTime()).isEqualTo(2);
    assertThat(stc.partial()).isTrue();
    assertThat(r.in(ReportState.UNEXPECTED)).isEmpty();
  }

  @Test
  void groupsCountStatuses() {
    GroupSummary one = compute("2024H1").groups().get(0);
    assertThat(one.group().id()).isEqualTo("I");
    assertThat(one.counts()).containsEntry("done", 1).containsEntry("ongoing", 1).containsEntry("in-progress", 2)
        .containsEntry("no-report", one.tasks() - 4);
  }
}
