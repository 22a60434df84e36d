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
    assertWordsInEveryFormat(data, "- Kết quả: 92,3% (số liệu 2026H1); theo tiến độ: 86,2%; tỷ lệ tiến độ: vượt lộ trình; "
        + "đánh giá: ▲ Đúng tiến độ", "vượt lộ trình", "ahead of the path", "500%");
  }

  @Test
  void aRatioBelowZeroIsWrittenInWordsInEveryFormat() {
    assertWordsInEveryFormat(falling, "- Kết quả: 76,9% (số liệu 2026H1); theo tiến độ: 86,2%; tỷ lệ tiến độ: kém hơn giá "
        + "trị gốc; đánh giá: ✖ Xấu đi", "kém hơn giá trị gốc", "worse than the baseline", "-500%");
  }

  /** The detail line, the summary sentence "(words)", the English and the HTML say the words, never the ratio. */
  private static void assertWordsInEveryFormat(Path folder, String detailLine, String vi, String en, String ratio) {
    assertThat(VerdictReportTest.report(folder, "2026H1", "md", "vi")).contains(detailLine).contains("(" + vi + ")")
        .doesNotContain(ratio);
    assertThat(VerdictReportTest.report(folder, "2026H1", "md", "en")).contains("progress ratio: " + en)
        .contains("(" + en + ")").doesNotContain(ratio);
    assertThat(VerdictReportTest.report(folder, "2026H1", "html", "vi")).contains("tỷ lệ tiến độ: " + vi)
        .doesNotContain(ratio);
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
