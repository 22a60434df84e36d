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

  /** The samples of 2026H2 with the Department of Finance's complete report saved twice ("(1)", a second download). */
  private Path financeSavedTwice() throws Exception {
    Path data = Amendments.samplesOf(dir.resolve("data"), "2026H1", "2026H2");
    Files.copy(data.resolve("2026H2/STC-nhiem-vu.csv"), data.resolve("2026H2/STC-nhiem-vu (1).csv"));
    return data;
  }

  @Test
  void statusTellsTheClerkTheCopyWasLeftOutInEveryForm() throws Exception {
    Path data = financeSavedTwice();
    Map<String, String> today = Map.of("SCTB_TODAY", "2026-11-25");
    CliRun text = CliRun.runWithEnv(today, "status", "--period", "2026H2", "--data", data.toString());
    assertThat(text.out().replaceAll("\\s+", " ")).contains("STC: tệp data/2026H2/STC-nhiem-vu (1).csv trùng từng byte với tệp"
        + " data/2026H2/STC-nhiem-vu.csv, đã bỏ qua (không đọc lần nữa); có thể xóa.");
    // the copy is not a second file nor a problem of the agency's report: still complete, 1 file, no warning
    assertThat(text.out()).containsPattern("STC +đủ +16/11/2026 +đúng hạn +1 +4/4 +— +0 +0");
    CliRun english = CliRun.runWithEnv(today, "--lang", "en", "status", "--period", "2026H2", "--data", data.toString());
    assertThat(english.out().replaceAll("\\s+", " ")).contains("STC: file data/2026H2/STC-nhiem-vu (1).csv is byte-for-byte"
        + " identical to data/2026H2/STC-nhiem-vu.csv, so it was left out (not read twice); it can be deleted.");
    CliRun json = CliRun.runWithEnv(today, "status", "--period", "2026H2", "--data", data.toString(), "--format", "json");
    assertThat(json.out().replaceAll("\\s+", " ")).contains("\"modified_on\" : null, \"copies_left_out\" : ["
        + " \"data/2026H2/STC-nhiem-vu (1).csv\" ]").containsOnlyOnce("(1).csv");
    CliRun csv = CliRun.runWithEnv(today, "status", "--period", "2026H2", "--data", data.toString(), "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",Cảnh báo,Tệp trùng đã bỏ qua");
    assertThat(csv.out()).contains("STC,Sở Tài chính,đủ,16/11/2026,đúng hạn,1,4,4,,0,0,0,0,data/2026H2/STC-nhiem-vu (1).csv");
  }

  @Test
  void theAgencysFeedbackSaysTheCopyWasLeftOutAndStillAcknowledgesReceipt() throws Exception {
    Path data = financeSavedTwice();
    Map<String, String> today = Map.of("SCTB_TODAY", "2026-11-25");
    CliRun vi = CliRun.runWithEnv(today, "feedback", "--period", "2026H2", "--data", data.toString(), "--agency", "STC",
        "--format", "md", "-o", "-");
    assertThat(vi.exitCode()).as(vi.err()).isZero();
    assertThat(vi.out()).contains("# XÁC NHẬN ĐÃ NHẬN BÁO CÁO", "| STC-nhiem-vu.csv | 16/11/2026 | 4 | 0 | 0 | 0 |\n\n"
        + "Tệp “STC-nhiem-vu (1).csv” trùng từng byte với tệp “STC-nhiem-vu.csv”, đã bỏ qua (chỉ đọc một lần); có thể xóa.")
        .doesNotContain("Các điểm cần kiểm tra");
    CliRun en = CliRun.runWithEnv(today, "--lang", "en", "feedback", "--period", "2026H2", "--data", data.toString(),
        "--agency", "STC", "--format", "html", "-o", "-");
    assertThat(en.out()).contains("<p>File “STC-nhiem-vu (1).csv” is byte-for-byte identical to “STC-nhiem-vu.csv” and was"
        + " left out (read once only); it can be deleted.</p>");
  }
}
