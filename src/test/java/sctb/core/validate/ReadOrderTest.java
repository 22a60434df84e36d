package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOrderTest {

  @Test
  void aNationalRollUpIsReadPeriodByPeriodOldestFirstEachPeriodInPathOrder() {
    List<String> paths = List.of("ha-noi/2024H1/SCT.csv", "ha-noi/2024H2/SCT.csv", "thanh-hoa/2024H1/SCT.csv",
        "thanh-hoa/2024H2/SCT.csv");
    ReadOrder order = ReadOrder.of(paths);
    assertThat(order.positions()).containsExactly(0, 2, 1, 3);
    // Once only 2024H2 files are left, 2024H1 (it ends before 1/7/2024) is complete.
    assertThat(order.horizons()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 1));
  }

  @Test
  void filesWithoutAPeriodComeFirstAndNothingIsCompleteUntilTheyAreRead() {
    ReadOrder order = ReadOrder.of(List.of("2024H1/a.csv", "extra.csv", "2023/b.csv", "other.csv"));
    assertThat(order.positions()).containsExactly(1, 3, 2, 0);
    assertThat(order.horizons()).containsExactly(null, null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
  }

  @Test
  void aYearFolderKeepsItsHalvesOpenUntilTheYearIsRead() {
    ReadOrder order = ReadOrder.of(List.of("2024/a.csv", "2024H1/b.csv", "2024H2/c.csv", "2025H1/d.csv"));
    // By end date, a year before its second half: 2024H1, 2024, 2024H2, 2025H1.
    assertThat(order.positions()).containsExactly(1, 0, 2, 3);
    assertThat(order.horizons()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 1));
  }
}
