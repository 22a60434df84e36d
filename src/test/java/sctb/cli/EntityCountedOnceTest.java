package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share row naming one entity counts it once (docs/submissions.md): a clerk who writes a percentage
 * on a supermarket's row (90/100) must not make it a hundred supermarkets and turn a final "not
 * achieved" into "achieved".
 */
class EntityCountedOnceTest {
  /** eco-packaging 2025H2 (85% by 2025): S1 yes, S2 no, S3 written as a percentage. */
  static final String PERCENT_ON_ONE = """
      period,agency,indicator,sector,entity,numerator,denominator,unit,note
      2025H2,SCT,eco-packaging,,Siêu thị Một,1,1,,
      2025H2,SCT,eco-packaging,,Siêu thị Hai,0,1,,
      2025H2,SCT,eco-packaging,,Siêu thị Ba,90,100,%,
      """;

  @Test
  void aPercentageOnOneEntitysRowIsRejectedAtItsCellAndDoesNotDecideTheVerdict(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("SCT-chi-so.csv"), PERCENT_ON_ONE);
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--data", dir.toString(), "--period", "2025H2",
        "--format", "md", "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    // 1/2 without the row; counted, it would be 91/102 = 89.2%, "achieved".
    assertThat(run.out()).contains("kết quả 50,0%. Đánh giá: không đạt (kết luận cuối cùng).")
        .contains("Dòng ghi tên một đối tượng (“Siêu thị Ba”) tính đối tượng đó đúng một lần")
        .doesNotContain("89,2%");
    CliRun validate = CliRun.runWithEnv(ReportCommandTest.ENV, "validate", dir.toString(), "--lang", "en");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out() + validate.err()).contains("line 4, column “denominator”")
        .contains("A row naming one entity (“Siêu thị Ba”) counts it exactly once");
  }
}
