package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eco-friendly packaging given only its 2030 target (baseline 2025), as an indicator added to the plan
 * later, read in the 2023H1 report with data of 2022H2 (docs/methodology.md §5): that figure is not the
 * baseline and the path to 2030 has not started, so the report neither says "data of the baseline year
 * only" nor gives a figure "where it should be".
 */
class TargetAddedLaterTest {
  static final String ROWS = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2022H2,SCT,eco-packaging,,,8,13,,
      """;

  static Path plan;
  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    String text = Files.readString(CliRun.REPO.resolve("plan.yaml"));
    int indicator = text.indexOf("  - id: eco-packaging");
    int first = text.indexOf("      - phase: \"2021-2025\"", indicator);
    int second = text.indexOf("      - phase: \"2026-2030\"", indicator);
    plan = dir.resolve("plan.yaml");
    Files.writeString(plan, text.substring(0, first) + text.substring(second));
    data = VerdictReportTest.indicatorData(dir, "data", ROWS);
  }

  private static String report(String lang) {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--plan", plan.toString(), "--data",
        data.toString(), "--period", "2023H1", "--format", "md", "--lang", lang, "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void dataFromBeforeTheBaselineYearIsNotCalledTheBaselineYearsData() {
    assertThat(report("vi"))
        .contains("- Kết quả: 61,5% (số liệu 2022H2); theo tiến độ: —; đánh giá: ◌ Chưa đủ số liệu")
        .contains("- Lý do: số liệu mới nhất có trước năm gốc của mục tiêu")
        .doesNotContain("mới có số liệu của năm gốc");
    assertThat(report("en")).contains("the latest data is from before the target's baseline year");
  }
}
