package sctb.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPeriodsTest {

  @ParameterizedTest
  @CsvSource({
      "samples/2024H1/SCT-chi-so.csv, 2024H1",
      "samples/2020/SCT-chi-so.csv, 2020",
      "thanh-hoa/2024-H1/SCT-chi-so.csv, 2024H1",
      "bao-cao/SCT-6T-2024.csv, 2024H1",
      "bao-cao/SCT-chi-so-2025_H2.xlsx, 2025H2",
      "nghe-an/2024H1/SCT-2025H2.csv, 2025H2",
      "6 tháng cuối năm 2023/SCT.csv, 2023H2",
      "2026H2/CV-1258-SCT/SCT-nhiem-vu.csv, 2026H2",
      "2026H2-CV-1258/SCT.csv, 2026H2",
  })
  void theNameNearestTheFileThatReadsAsAPeriod(String path, String period) {
    assertThat(PathPeriods.hint(path)).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo(period));
  }

  @ParameterizedTest
  @CsvSource({"data/SCT-chi-so.csv", "SCT.csv", "v2/SCT-ban-2.csv", "2024Q1/SCT.csv", "CV-1258/SCT.csv", "QD-889/SCT.csv"})
  void noPeriodWhenNoNameReadsAsOne(String path) {
    assertThat(PathPeriods.hint(path)).isEmpty();
  }
}
