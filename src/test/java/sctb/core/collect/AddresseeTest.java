package sctb.core.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
        .containsExactly(new Addressee(labour, "SGDDT", List.of("IX.5"), false));
  }

  @Test
  void missingIndicatorRowsStayWithTheGeneralSuccessor() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.INCOMPLETE, List.of("IX.5"), List.of("IX.5"),
        new IndicatorDuty(3, 1, 0));
    assertThat(Addressee.of(RealPlan.PLAN, labour, TODAY)).containsExactly(
        new Addressee(labour, "SNV", List.of(), true), new Addressee(labour, "SGDDT", List.of("IX.5"), false));
  }

  @Test
  void beforeTheSuccessionAndWithoutASplitTheReportGoesToOneAgency() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.NOT_RECEIVED, List.of("IX.5"), List.of(), IndicatorDuty.NONE);
    assertThat(Addressee.of(RealPlan.PLAN, labour, LocalDate.of(2025, 1, 5)))
        .containsExactly(new Addressee(labour, "SLDTBXH", List.of("IX.5"), true));
    AgencyIntake planning = report("SKHDT", IntakeState.NOT_RECEIVED, List.of("I.3", "VIII.3"), List.of(), IndicatorDuty.NONE);
    assertThat(Addressee.of(RealPlan.PLAN, planning, TODAY))
        .containsExactly(new Addressee(planning, "STC", List.of("I.3", "VIII.3"), true));
  }

  /** Feedback hears the general successor even when all it lacked went to others: its part is complete. */
  @Test
  void feedbackAlsoGoesToAGeneralSuccessorOwingNothing() {
    AgencyIntake labour = report("SLDTBXH", IntakeState.INCOMPLETE, List.of("IX.5"), List.of("IX.5"), IndicatorDuty.NONE);
    List<Addressee> all = Addressee.all(RealPlan.PLAN, labour, TODAY);
    assertThat(all).containsExactly(
        new Addressee(labour, "SNV", List.of(), true), new Addressee(labour, "SGDDT", List.of("IX.5"), false));
    assertThat(all).extracting(Addressee::state).containsExactly(IntakeState.COMPLETE, IntakeState.INCOMPLETE);
    assertThat(Addressee.of(RealPlan.PLAN, labour, TODAY)).containsExactly(all.get(1));
  }
}
