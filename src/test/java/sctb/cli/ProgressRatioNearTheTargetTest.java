package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supermarkets with eco-friendly packaging, 85% by 2025 (docs/methodology.md §10): 50% in 2020, 84,96% at
 * the end of 2025 — not achieved. The progress ratio (84,96 − 50) / (85 − 50) = 0,99886 used to read
 * "100%" beside "not achieved"; 100% (the figure where it should be) is a bound it may not be rounded onto.
 */
class ProgressRatioNearTheTargetTest {
  static final String ROWS = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2020,SCT,eco-packaging,,,50,100,,
      2025H2,SCT,eco-packaging,,,8496,10000,,
      """;

  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = VerdictReportTest.indicatorData(dir, "data", ROWS);
  }

  @Test
  void aRatioJustShortOfWhereTheFigureShouldBeIsNotShownAs100Percent() {
    assertThat(VerdictReportTest.report(data, "2025H2", "md", "vi"))
        .contains("- Kết quả: 84,96% (số liệu 2025H2); theo tiến độ: 85,0%; tỷ lệ tiến độ: 99,8%; đánh giá: ✖ Không đạt")
        .doesNotContain("tỷ lệ tiến độ: 100%");
    assertThat(VerdictReportTest.report(data, "2025H2", "md", "en")).contains("99.8%");
  }
}
