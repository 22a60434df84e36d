package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The low side of {@link RatioAheadOfThePathTest} (docs/methodology.md §10): 11/13 supermarkets at the end of
 * 2025, 10/13 for 2026H1 — a ratio of −5 six months into the phase, once printed "−500%". Below 0 the reports say
 * "worse than the baseline" beside the result; explain and JSON keep the ratio.
 */
class RatioBelowTheBaselineTest {
  static final String ROWS = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2025H2,SCT,eco-packaging,,,11,13,,
      2026H1,SCT,eco-packaging,,,10,13,,
      """;

  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = VerdictReportTest.indicatorData(dir, "data", ROWS);
  }

  @Test
  void aRatioBelowZeroIsWrittenInWordsInEveryFormat() {
    String md = VerdictReportTest.report(data, "2026H1", "md", "vi");
    assertThat(md).contains("- Kết quả: 76,9% (số liệu 2026H1); theo tiến độ: 86,2%; tỷ lệ tiến độ: kém hơn giá trị gốc; "
            + "đánh giá: ✖ Xấu đi")
        .contains("(kém hơn giá trị gốc)")
        .doesNotContain("-500%").doesNotContain("−500%");
    assertThat(VerdictReportTest.report(data, "2026H1", "md", "en"))
        .contains("progress ratio: worse than the baseline").contains("(worse than the baseline)")
        .doesNotContain("-500%");
    assertThat(VerdictReportTest.report(data, "2026H1", "html", "vi")).contains("tỷ lệ tiến độ: kém hơn giá trị gốc")
        .doesNotContain("-500%");
  }

  @Test
  void explainGivesTheRatioWithWhatTheReportSays() {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "explain", "--data", data.toString(), "--period", "2026H1",
        "--indicator", "eco-packaging");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(trong báo cáo: kém hơn giá trị gốc)");
  }
}
