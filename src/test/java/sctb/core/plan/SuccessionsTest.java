package sctb.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who carries a task on a given day, on the real plan's 2025 successions. */
class SuccessionsTest {
  private static final Plan PLAN = sctb.RealPlan.PLAN;


  @Test
  void beforeAndAfterTheMerger() {
    Task i3 = PLAN.task("I.3").orElseThrow();
    assertThat(Successions.responsibleFor(PLAN, i3, LocalDate.of(2024, 12, 20))).isEqualTo("SKHDT");
    assertThat(Successions.responsibleFor(PLAN, i3, LocalDate.of(2025, 6, 20))).isEqualTo("STC");
    assertThat(Successions.responsibleFor(PLAN, i3, LocalDate.of(2025, 3, 1))).isEqualTo("STC");
  }

  @Test
  void aSplitSendsEachTaskToItsOwnSuccessor() {
    Task ix5 = PLAN.task("IX.5").orElseThrow();
    assertThat(Successions.responsibleFor(PLAN, ix5, LocalDate.of(2025, 6, 20))).isEqualTo("SGDDT");
    assertThat(Successions.follow(PLAN, "SLDTBXH", null, LocalDate.of(2025, 6, 20))).isEqualTo("SNV");
  }

  @Test
  void districtsEndLaterThanDepartments() {
    assertThat(Successions.follow(PLAN, "UBND-HUYEN", null, LocalDate.of(2025, 6, 20))).isEqualTo("UBND-HUYEN");
    assertThat(Successions.follow(PLAN, "UBND-HUYEN", null, LocalDate.of(2025, 12, 20))).isEqualTo("UBND-XA");
  }

  @Test
  void agenciesWithoutSuccessorStay() {
    Task iv2 = PLAN.task("IV.2").orElseThrow();
    assertThat(Successions.responsibleFor(PLAN, iv2, LocalDate.of(2030, 12, 20))).isEqualTo("SCT");
  }

  @Test
  void sectorsAreFoundByIdOrEitherName() {
    assertThat(PLAN.sectorNamed("cement").map(Sector::id)).contains("cement");
    assertThat(PLAN.sectorNamed("xi mang").map(Sector::id)).contains("cement");
    assertThat(PLAN.sectorNamed("Dệt may").map(Sector::id)).contains("textile");
    assertThat(PLAN.sectorNamed("Textiles and garments").map(Sector::id)).contains("textile");
    assertThat(PLAN.sectorNamed("ciment")).isEmpty();
  }
}
