package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supermarkets with eco-friendly packaging, 100% by 2030 from 2025 (docs/methodology.md §10): 11/13 at the end
 * of 2025, 12/13 for 2026H1. Six months into the phase the path expects 86,2%; the result is 92,3%, a progress
 * ratio of 5 — "500%" read as five times the target, when the result is 6 points above the path. Above 100% the
 * reports say "ahead of the path" beside the result and the expected value; explain and JSON keep the ratio.
 * The low side likewise: 10/13 for 2026H1 is a ratio of −5, once "−500%", now "worse than the baseline".
 */
class RatioInWordsTest {
  static final String ROWS = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2025H2,SCT,eco-packaging,,,11,13,,
      2026H1,SCT,eco-packaging,,,12,13,,
      """;
  static final String FALLING_ROWS = ROWS.replace(",12,13,", ",10,13,");

  static Path data;
  static Path falling;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = VerdictReportTest.indicatorData(dir, "data", ROWS);
    falling = VerdictReportTest.indicatorData(dir, "falling", FALLING_ROWS);
  }

  @Test
  void aRatioAboveTheWholePathIsWrittenInWordsInEveryFormat() {
    String md = VerdictReportTest.report(data, "2026H1", "md", "vi");
    assertThat(md).contains("- Kết quả: 92,3% (số liệu 2026H1); theo tiến độ: 86,2%; tỷ lệ tiến độ: vượt lộ trình; "
            + "đánh giá: ▲ Đúng tiến độ")
        .contains("kết quả 92,3%, theo tiến độ cần 86,2% (vượt lộ trình)")
        .doesNotContain("500%");
    assertThat(VerdictReportTest.report(data, "2026H1", "md", "en"))
        .contains("progress ratio: ahead of the path").contains("(ahead of the path)").doesNotContain("500%");
    assertThat(VerdictReportTest.report(data, "2026H1", "html", "vi")).contains("tỷ lệ tiến độ: vượt lộ trình")
        .doesNotContain("500%");
  }

  @Test
  void aRatioBelowZeroIsWrittenInWordsInEveryFormat() {
    String md = VerdictReportTest.report(falling, "2026H1", "md", "vi");
    assertThat(md).contains("- Kết quả: 76,9% (số liệu 2026H1); theo tiến độ: 86,2%; tỷ lệ tiến độ: kém hơn giá trị gốc; "
            + "đánh giá: ✖ Xấu đi")
        .contains("(kém hơn giá trị gốc)")
        .doesNotContain("-500%");
    assertThat(VerdictReportTest.report(falling, "2026H1", "md", "en"))
        .contains("progress ratio: worse than the baseline").contains("(worse than the baseline)")
        .doesNotContain("-500%");
    assertThat(VerdictReportTest.report(falling, "2026H1", "html", "vi")).contains("tỷ lệ tiến độ: kém hơn giá trị gốc")
        .doesNotContain("-500%");
  }

  @Test
  void explainGivesTheRatioWithWhatTheReportSays() {
    assertThat(explain(data)).contains("= 5 (trong báo cáo: vượt lộ trình)");
    assertThat(explain(falling)).contains("(trong báo cáo: kém hơn giá trị gốc)");
  }

  private static String explain(Path folder) {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", folder.toString(), "--period", "2026H1",
        "--indicator", "eco-packaging");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }
}
