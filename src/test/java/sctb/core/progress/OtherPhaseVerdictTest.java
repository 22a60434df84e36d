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
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;

/**
 * A 2030-phase report still gives each indicator's final verdict on its 2025 target, computed from the
 * same rows by the same rules as the report at the end of 2025, on hand-computed cases.
 */
class OtherPhaseVerdictTest {
  static IndicatorProgress indicator(List<TaskRow> tasks, List<IndicatorRow> rows, String period, String id) {
    return ProgressEngine.compute(Fixtures.PLAN, data(tasks, rows), p(period)).indicator(id).orElseThrow();
  }

  /** 85% by 2025: 84.6% at the end of 2025 (11/13), 92.3% (12/13) in 2026H1 — not achieved, achieved late. */
  @Test
  void aMissed2025ShareStaysNotAchievedBesideThe2030Verdict() {
    List<IndicatorRow> rows = List.of(
        ind("2020/a.csv", 2, "2020", "SCT", "eco-packaging", "", "", "5", "13"),
        ind("2025H2/a.csv", 2, "2025H2", "SCT", "eco-packaging", "", "", "11", "13"),
        ind("2026H1/a.csv", 2, "2026H1", "SCT", "eco-packaging", "", "", "12", "13"));
    IndicatorProgress at2026 = indicator(List.of(), rows, "2026H1", "eco-packaging");
    assertThat(at2026.target().year()).isEqualTo(2030);
    OtherPhaseVerdict v = at2026.otherPhaseVerdict();
    assertThat(v.target().year()).isEqualTo(2025);
    assertThat(v.figure().asOf()).isEqualTo(p("2025H2"));
    assertThat(v.figure().value().doubleValue()).isCloseTo(84.615385, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(v.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(v.figure().assessment().isFinal()).isTrue();
    assertThat(v.figure().assessment().achievedLate()).isEqualTo(p("2026H1"));
    assertThat(v.figure().assessment().forecast()).isNull();
    assertThat(v.sectors()).isEmpty();
    assertThat(v.sectorVerdicts()).isNull();
    // exactly what the report at the end of 2025 said, except that it could not yet know of 2026H1
    Assessment atEnd = indicator(List.of(), rows, "2025H2", "eco-packaging").figure().assessment();
    assertThat(atEnd.status()).isEqualTo(v.figure().assessment().status());
    assertThat(atEnd.baseline()).isEqualTo(v.figure().assessment().baseline());
    assertThat(atEnd.achievedLate()).isNull();
  }

  /** Before the end of 2025 the 2025 target is the one judged, and the 2030 one has no final verdict to show. */
  @Test
  void noneWhileTheOtherPhasesYearIsNotOver() {
    List<IndicatorRow> rows = List.of(ind("2025H1/a.csv", 2, "2025H1", "SCT", "eco-packaging", "", "", "11", "13"));
    for (String period : List.of("2024H1", "2025H1", "2025H2")) {
      IndicatorProgress ip = indicator(List.of(), rows, period, "eco-packaging");
      assertThat(ip.target().year()).as(period).isEqualTo(2025);
      assertThat(ip.otherTarget().year()).isEqualTo(2030);
      assertThat(ip.otherPhaseVerdict()).as(period).isNull();
    }
  }

  /** curricula-integrated has a 2025 target only: judged against it, final, with nothing beside it. */
  @Test
  void noneForAnIndicatorJudgedAgainstItsOnlyTarget() {
    List<TaskRow> tasks = List.of(task("2025H2/a.csv", 2, "2025H2", "SGDDT", "IX.4", Status.DONE, "100", null));
    IndicatorProgress ip = indicator(tasks, List.of(), "2026H1", "curricula-integrated");
    assertThat(ip.target().year()).isEqualTo(2025);
    assertThat(ip.otherTarget()).isNull();
    assertThat(ip.otherPhaseVerdict()).isNull();
  }

  /** 2 models by 2025, a 2030 target without a number: the 2025 verdict is achieved, the 2030 one qualitative. */
  @Test
  void aCountAchievedBesideAQualitative2030Target() {
    List<IndicatorRow> rows = List.of(
        ind("2024H2/a.csv", 2, "2024H2", "SCT", "spc-models", "", "", "1", null),
        ind("2025H2/a.csv", 2, "2025H2", "SCT", "spc-models", "", "", "2", null),
        ind("2026H1/a.csv", 2, "2026H1", "SCT", "spc-models", "", "", "3", null));
    IndicatorProgress ip = indicator(List.of(), rows, "2026H2", "spc-models");
    assertThat(ip.figure().assessment().status()).isEqualTo(Verdict.QUALITATIVE);
    Figure f = ip.otherPhaseVerdict().figure();
    assertThat(f.value()).isEqualByComparingTo("2");
    assertThat(f.asOf()).isEqualTo(p("2025H2"));
    assertThat(f.assessment().status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(f.assessment().achievedLate()).isNull();
  }

  /** Five of six policy tasks done by the end of 2025 (83.3%), the sixth in 2026H1: not achieved, achieved late. */
  @Test
  void aShareOfTasksOnTheStatusesAtTheEndOf2025() {
    List<TaskRow> tasks = new ArrayList<>();
    // each task reported by its lead at the end of 2025 (after the 2025 successions): only the lead's row is its status
    java.util.Map<String, String> lead = java.util.Map.of("I.1", "SCT", "I.2", "STC", "I.3", "STC", "I.4", "SNNMT",
        "I.5", "SVHTTDL", "I.6", "SCT");
    for (String id : List.of("I.1", "I.2", "I.3", "I.4", "I.5")) {
      tasks.add(task("2025H2/a.csv", tasks.size() + 2, "2025H2", lead.get(id), id, Status.DONE, "100", null));
    }
    tasks.add(task("2025H2/a.csv", 9, "2025H2", "SCT", "I.6", Status.IN_PROGRESS, "70", null));
    tasks.add(task("2026H1/a.csv", 2, "2026H1", "SCT", "I.6", Status.DONE, "100", null));
    OtherPhaseVerdict v = indicator(tasks, List.of(), "2026H1", "policies-implemented").otherPhaseVerdict();
    assertThat(v.figure().value().doubleValue()).isCloseTo(83.333333, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(v.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(v.figure().assessment().achievedLate()).isEqualTo(p("2026H1"));
  }

  /** The latest data up to the end of 2025 is from 2024H2: no data from the target year, so no final verdict either way. */
  @Test
  void noDataFromTheTargetYearIsNoData() {
    List<IndicatorRow> rows = List.of(
        ind("2024H2/a.csv", 2, "2024H2", "SCT", "zones-awareness", "", "", "60", "64"),
        ind("2026H1/a.csv", 2, "2026H1", "SCT", "zones-awareness", "", "", "64", "64"));
    Assessment a = indicator(List.of(), rows, "2026H1", "zones-awareness").otherPhaseVerdict().figure().assessment();
    assertThat(a.status()).isEqualTo(Verdict.NO_DATA);
    assertThat(a.reason()).isEqualTo(VerdictReason.NO_TARGET_YEAR_DATA);
  }

  /**
   * Whatever came after 2025, each sector's final figure is the end-2025 report's: a year row beside its
   * second half (the year counts), an establishment whose latest row by then is 2024H2 (not at C), a
   * plant first reporting in 2026, later rows of the others.
   */
  @Test
  void eachSectorReadsAsTheEnd2025ReportSaid() {
    List<IndicatorRow> rows = new ArrayList<>(List.of(
        red("2020/a.csv", 2, "2020", "cement", "A", "100", "10"),
        red("2020/a.csv", 3, "2020", "cement", "B", "200", "10"),
        red("2020/a.csv", 4, "2020", "steel", "C", "50", "5"),
        red("2024H2/a.csv", 2, "2024H2", "cement", "B", "190", "10"),
        red("2025/a.csv", 2, "2025", "cement", "A", "190", "20"),
        red("2025H2/a.csv", 2, "2025H2", "cement", "A", "80", "10"),
        red("2025H2/a.csv", 3, "2025H2", "steel", "C", "47", "5"),
        red("2026H1/a.csv", 2, "2026H1", "cement", "A", "85", "10"),
        red("2026H1/a.csv", 3, "2026H1", "cement", "B", "170", "10"),
        red("2026H1/a.csv", 4, "2026H1", "cement", "N", "10", "10"),
        red("2026H2/a.csv", 2, "2026H2", "steel", "C", "40", "5")));
    ProgressReport atEnd = ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p("2025H2"));
    for (String later : List.of("2026H1", "2026H2", "2027")) {
      OtherPhaseVerdict v = ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p(later))
          .indicator("consumption-reduction").orElseThrow().otherPhaseVerdict();
      for (ReductionSector s : v.sectors()) {
        Figure then = Fixtures.sector(atEnd.indicator("consumption-reduction").orElseThrow(), s.sector()).figure();
        assertThat(s.figure().asOf()).as(later + " " + s.sector()).isEqualTo(then.asOf());
        assertThat(s.figure().value() == null ? null : s.figure().value().stripTrailingZeros())
            .as(later + " " + s.sector()).isEqualTo(then.value() == null ? null : then.value().stripTrailingZeros());
        assertThat(s.figure().assessment().status()).as(later + " " + s.sector()).isEqualTo(then.assessment().status());
        assertThat(s.figure().assessment().coverage()).isEqualTo(then.assessment().coverage());
      }
    }
    // cement: the year row (190/20 → 9.5 against 10) counts for A, not its 2025H2 half; B has nothing in 2025.
    Figure cement = Fixtures.sector(atEnd.indicator("consumption-reduction").orElseThrow(), "cement").figure();
    assertThat(cement.value()).isEqualByComparingTo("5");
    // steel: 47/5 against 50/5 is 6% lower; 40/5 in 2026H2 changes nothing of 2025's verdict
    Figure steel = Fixtures.sector(atEnd.indicator("consumption-reduction").orElseThrow(), "steel").figure();
    assertThat(steel.value()).isEqualByComparingTo("6");
  }

  /**
   * 5–8% in each of 8 sectors by 2025, intensity 10 in 2020 everywhere. At the end of 2025 six sectors are
   * 10% lower, cement 4% (9.6) and steel 3% (9.7): not achieved. In 2026H1 cement is 6% lower (9.4):
   * achieved late; steel still 3%, so the target as a whole is not achieved late.
   */
  @Test
  void aTargetSetForEachSectorIsJudgedOnEachSectorsPanelAtTheEndOf2025() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (String sector : List.of("textile", "steel", "plastics", "chemicals", "cement", "beer", "paper", "seafood")) {
      String at2025 = switch (sector) {
        case "cement" -> "96";
        case "steel" -> "97";
        default -> "90";
      };
      rows.add(red("2020/a.csv", rows.size() + 2, "2020", sector, "A-" + sector, "100", "10"));
      rows.add(red("2025H2/a.csv", rows.size() + 2, "2025H2", sector, "A-" + sector, at2025, "10"));
    }
    rows.add(red("2026H1/a.csv", 2, "2026H1", "cement", "A-cement", "94", "10"));
    rows.add(red("2026H1/a.csv", 3, "2026H1", "steel", "A-steel", "97", "10"));
    OtherPhaseVerdict v = indicator(List.of(), rows, "2026H1", "consumption-reduction").otherPhaseVerdict();
    assertThat(v.sectors()).hasSize(8);
    ReductionSector cement = v.sectors().stream().filter(s -> s.sector().equals("cement")).findFirst().orElseThrow();
    assertThat(cement.figure().value()).isEqualByComparingTo("4");
    assertThat(cement.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(cement.figure().assessment().achievedLate()).isEqualTo(p("2026H1"));
    assertThat(cement.detail()).isNull(); // the panel is not kept for a verdict shown beside P's
    assertThat(v.sectorVerdicts().count(Verdict.ACHIEVED)).isEqualTo(6);
    assertThat(v.sectorVerdicts().count(Verdict.NOT_ACHIEVED)).isEqualTo(2);
    assertThat(v.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(v.figure().assessment().achievedLate()).isNull();

    // steel 5% lower in 2026H2 (9.5): every sector missed in 2025 is now reached, the latest in 2026H2
    rows.add(red("2026H2/a.csv", 2, "2026H2", "steel", "A-steel", "95", "10"));
    OtherPhaseVerdict later = indicator(List.of(), rows, "2026H2", "consumption-reduction").otherPhaseVerdict();
    assertThat(later.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(later.figure().assessment().achievedLate()).isEqualTo(p("2026H2"));
  }
}
