package sctb.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;

/** The rows the plan asks for in a period, and of whom, on the real plan (docs/methodology.md §12). */
class PlannedRowsTest {
  private static final Plan PLAN = sctb.RealPlan.PLAN;

  private static List<String> asked(String agency, Period period) {
    return PlannedRows.of(PLAN, period, agency).stream()
        .map(r -> r.sector().isEmpty() ? r.indicator() : r.indicator() + "/" + r.sector()).toList();
  }

  @Test
  void theDepartmentOwesEveryIndicatorAndReductionSectorDueAndTheOutputsOfItsTasks() {
    assertThat(asked("SCT", Period.half(2026, 2))).containsExactly(
        "IV.2-enterprises-supported", "IV.2-eco-innovation-enterprises", "IV.3-industrial-clusters", "IV.3-craft-villages",
        "consumption-reduction/textile", "consumption-reduction/leather-footwear", "consumption-reduction/steel",
        "consumption-reduction/plastics", "consumption-reduction/chemicals", "consumption-reduction/cement",
        "consumption-reduction/beer", "consumption-reduction/paper", "consumption-reduction/seafood",
        "consumption-reduction/fertilizer", "consumption-reduction/other",
        "zones-awareness", "spc-models", "eco-packaging"); // task-kind indicators come from task rows
    assertThat(PlannedRows.of(PLAN, Period.half(2026, 2), "SCT").get(4).unit().vi()).isEqualTo("kgOE/tấn sản phẩm");
  }

  @Test
  void aTargetIsDueFromItsBaselineYearToItsTargetYear() {
    // 2024: the 2021-2025 sectors only; 2025, the 2026-2030 target's baseline year: its new sectors too
    assertThat(asked("SCT", Period.half(2024, 1))).filteredOn(s -> s.startsWith("consumption-reduction/")).hasSize(8)
        .doesNotContain("consumption-reduction/leather-footwear");
    assertThat(asked("SCT", Period.half(2025, 1))).filteredOn(s -> s.startsWith("consumption-reduction/")).hasSize(11)
        .contains("consumption-reduction/leather-footwear", "consumption-reduction/fertilizer", "consumption-reduction/other");
  }

  @Test
  void agenciesWithTasksOnlyOweNoRow() {
    assertThat(asked("LMHTX", Period.half(2026, 2))).isEmpty();
    assertThat(asked("STC", Period.half(2026, 2))).isEmpty();
    assertThat(PlannedRows.of(PLAN, Period.half(2026, 2))).extracting(PlannedRow::agency).containsOnly("SCT");
  }
}
