package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file saved twice ("SCT-nhiem-vu (1).csv" beside "SCT-nhiem-vu.csv") is read once, with a warning on
 * the copy: read twice, every row was a duplicate-row error and the agency's original file was blamed.
 */
class FileSavedTwiceTest {
  private static final String TASKS = """
      Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái
      2024H1,SCT,I.1,Thường xuyên
      2024H1,SCT,I.2,Thường xuyên
      """;

  @TempDir
  Path dir;

  @Test
  void theCopyIsLeftOutWithAWarningAndTheOriginalIsRead() throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), TASKS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("SCT-nhiem-vu (1).csv"), TASKS, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2024-12-01"), "validate", dir.toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("\"duplicate-file\"").contains("SCT-nhiem-vu (1).csv")
        .doesNotContain("duplicate-row");
    assertThat(run.out().split("\"duplicate-file\"", -1)).hasSize(2);
  }

  @Test
  void filesThatDifferByOneByteAreBothRead() throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), TASKS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("SCT-nhiem-vu (1).csv"), TASKS.replace("I.2", "I.3"), StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2024-12-01"), "validate", dir.toString(), "--format", "json");
    assertThat(run.out()).doesNotContain("duplicate-file").contains("duplicate-row");
  }

  @Test
  void theWarningSaysWhichFileIsReadInVietnamese() throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), TASKS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Copy of SCT-nhiem-vu.csv"), TASKS, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2024-12-01"), "validate", dir.toString());
    assertThat(run.out()).contains("giống hệt tệp").contains("chỉ đọc").contains("SCT-nhiem-vu.csv");
    assertThat(run.exitCode()).isZero();
  }
}
