package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chasing a report of a period before the 2025 reorganisation: the former Department of Planning and
 * Investment owes its 2024H2 report; since 01/03/2025 the Department of Finance carries its duty, so the
 * letters and feedback go there, naming whose report it is — never to a body that no longer exists.
 */
class SucceededAgencyLettersTest {
  @TempDir Path dir;

  /** The samples' 2024H2 reports without the Department of Planning and Investment's. */
  private Path withoutSkhdt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("data/2024H2"));
    try (var files = Files.list(CliRun.REPO.resolve("samples/2024H2"))) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("SKHDT")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    return folder;
  }

  @Test
  void aLetterAboutAFormerDepartmentsReportGoesToItsSuccessorToday() throws Exception {
    Path data = withoutSkhdt();
    CliRun vi = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SKHDT", "--format", "html", "-o", "-", "-q");
    assertThat(vi.exitCode()).as(vi.err()).isZero();
    assertThat(vi.out()).contains("Kính gửi: Sở Tài chính.")
        .contains("chưa nhận được báo cáo kết quả thực hiện Kế hoạch 6 tháng cuối năm 2024 của Sở Kế hoạch và Đầu tư "
            + "(nay quý Sở tiếp nhận nhiệm vụ) về các nhiệm vụ được giao chủ trì sau:")
        .contains("- Nhiệm vụ I.3:")
        .doesNotContain("Kính gửi: Sở Kế hoạch và Đầu tư");
    CliRun all = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        data.toString(), "--combined", "--format", "html", "-o", "-", "-q");
    assertThat(all.out()).contains("Sở Tài chính (báo cáo của Sở Kế hoạch và Đầu tư)");
    CliRun en = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "--lang", "en", "remind", "--period", "2024H2",
        "--data", data.toString(), "--agency", "SKHDT", "--format", "html", "-o", "-", "-q");
    assertThat(en.out()).contains("To: Department of Finance.")
        .contains("has not received the report on the Plan&#39;s implementation for the second half of 2024 of the "
            + "Department of Planning and Investment (whose duties your agency has taken over) on the following tasks:");
  }

  @Test
  void beforeTheMergerTheDepartmentIsWrittenToItself() throws Exception {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2025-01-05"), "remind", "--period", "2024H2", "--data",
        withoutSkhdt().toString(), "--agency", "SKHDT", "--format", "html", "-o", "-", "-q");
    assertThat(run.out()).contains("Kính gửi: Sở Kế hoạch và Đầu tư.")
        .contains("chưa nhận được báo cáo kết quả thực hiện Kế hoạch 6 tháng cuối năm 2024 của quý Sở về các nhiệm vụ được "
            + "giao chủ trì sau:");
  }

  @Test
  void feedbackOnAFormerDepartmentsFileGoesToItsSuccessor() throws Exception {
    Path data = withoutSkhdt();
    Files.writeString(data.resolve("SKHDT-nhiem-vu.csv"),
        Files.readString(CliRun.REPO.resolve("samples/2024H2/SKHDT-nhiem-vu.csv")).replace("13/12/2024", "31/12/2024x"));
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "feedback", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SKHDT", "--format", "md", "-o", "-", "-q");
    assertThat(run.out()).contains("Kính gửi: Sở Tài chính")
        .contains("của Sở Kế hoạch và Đầu tư (nay quý Sở tiếp nhận nhiệm vụ)");
  }
}
