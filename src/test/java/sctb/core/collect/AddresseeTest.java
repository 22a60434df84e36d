package sctb.core.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import org.junit.jupiter.api.Test;
import sctb.RealPlan;
import sctb.core.progress.IndicatorDuty;
import sctb.core.progress.ReportState;

/** Whom a reminder about a report goes to today: each task's carrier after a split, the rest to the general successor. */
class AddresseeTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static AgencyIntake report(String agency, IntakeState state, List<String> assigned, List<String> missing,
      IndicatorDuty rows) {
    return new AgencyIntake(agency, state, ReportState.MISSING, null, DateSource.NONE, 0, List.of(), assigned, missing, rows);
  }

  @Test
  void aSplitDepartmentsOnlyTaskGoesToItsCarrierAlone() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.NOT_RECEIVED, List.of("IX.5"), List.of(), IndicatorDuty.NONE);
    assertThat(Addressee.of(RealPlan.PLAN, labour, TODAY))
        .containsExactly(new Addressee(labour, "SGDDT", List.of("IX.5"), false, List.of()));
  }

  @Test
  void missingIndicatorRowsStayWithTheGeneralSuccessor() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.INCOMPLETE, List.of("IX.5"), List.of("IX.5"),
        new IndicatorDuty(3, 1, 0));
    assertThat(Addressee.of(RealPlan.PLAN, labour, TODAY)).containsExactly(
        new Addressee(labour, "SNV", List.of(), true, List.of()), new Addressee(labour, "SGDDT", List.of("IX.5"), false, List.of()));
  }

  @Test
  void beforeTheSuccessionAndWithoutASplitTheReportGoesToOneAgency() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.NOT_RECEIVED, List.of("IX.5"), List.of(), IndicatorDuty.NONE);
    assertThat(Addressee.of(RealPlan.PLAN, labour, LocalDate.of(2025, 1, 5)))
        .containsExactly(new Addressee(labour, "SLDTBXH", List.of("IX.5"), true, List.of()));
    AgencyIntake planning = report("SKHDT", IntakeState.NOT_RECEIVED, List.of("I.3", "VIII.3"), List.of(), IndicatorDuty.NONE);
    assertThat(Addressee.of(RealPlan.PLAN, planning, TODAY))
        .containsExactly(new Addressee(planning, "STC", List.of("I.3", "VIII.3"), true, List.of()));
  }

  /**
   * A problem on a row about task IX.5 goes, with the task, to the Department of Education that carries IX.5
   * today; a problem on no such row (the file's header) stays with the general successor, Home Affairs.
   */
  @Test
  void aProblemOnAMovedTasksRowGoesToWhoeverCarriesTheTask() {
    Diagnostic onRow = Diagnostic.of(Code.UNKNOWN_STATUS, Location.cell("SLDTBXH.csv", 2, 5, "Tình trạng"), "Dang lam");
    Diagnostic onFile = Diagnostic.of(Code.ENCODING, Location.file("SLDTBXH.csv"), "SLDTBXH.csv");
    FileIntake file = new FileIntake("SLDTBXH.csv", "SLDTBXH", "", 0, 0, 0, 1, 0, null, null, List.of(onRow, onFile),
        Map.of(2, "IX.5"), List.of());
    AgencyIntake labour = new AgencyIntake("SLDTBXH", IntakeState.HAS_ERRORS, ReportState.UNDATED, null, DateSource.NONE, 0,
        List.of(file), List.of("IX.5"), List.of("IX.5"), IndicatorDuty.NONE);
    List<Addressee> all = Addressee.all(RealPlan.PLAN, labour, TODAY);
    assertThat(all).containsExactly(new Addressee(labour, "SNV", List.of(), true, List.of(onFile)),
        new Addressee(labour, "SGDDT", List.of("IX.5"), false, List.of(onRow)));
    assertThat(all).extracting(Addressee::errors).containsExactly(0L, 1L);
    assertThat(all.get(1).state()).isEqualTo(IntakeState.HAS_ERRORS);
    // before the split the same file is the Department of Labour's alone, every problem with it
    assertThat(Addressee.all(RealPlan.PLAN, labour, LocalDate.of(2025, 1, 5)))
        .containsExactly(new Addressee(labour, "SLDTBXH", List.of("IX.5"), true, List.of(onRow, onFile)));
  }

  /** Feedback hears the general successor even when all it lacked went to others: its part is complete. */
  @Test
  void feedbackAlsoGoesToAGeneralSuccessorOwingNothing() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.INCOMPLETE, List.of("IX.5"), List.of("IX.5"), IndicatorDuty.NONE);
    List<Addressee> all = Addressee.all(RealPlan.PLAN, labour, TODAY);
    assertThat(all).containsExactly(
        new Addressee(labour, "SNV", List.of(), true, List.of()), new Addressee(labour, "SGDDT", List.of("IX.5"), false, List.of()));
    assertThat(all).extracting(Addressee::state).containsExactly(IntakeState.COMPLETE, IntakeState.INCOMPLETE);
    assertThat(Addressee.of(RealPlan.PLAN, labour, TODAY)).containsExactly(all.get(1));
  }
}
