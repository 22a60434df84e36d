package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with a whole column typed one wrong way (300 rows of "Dang lam", progress 120) gave a feedback of 400
 * identical table rows, and the 200 problems past the cap as "points to check (fixing them is not required)"
 * naming codes ("out-of-range"), while its table of files said 400 errors. Now each problem is one item at its
 * first place with how many other rows have it, the count past the cap joins it, and the file has 600 errors.
 */
class FeedbackManyProblemsTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-22");

  @TempDir Path dir;

  @Test
  void aColumnTypedWrongOnEveryRowIsOneItemWithItsCount() throws Exception {
    StringBuilder csv = new StringBuilder("Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Tiến độ,Ngày gửi\n");
    for (int i = 0; i < 300; i++) {
      csv.append("2026H2,SXD,V.7,Dang lam,120,16/11/2026\n");
    }
    Path file = Files.createDirectories(dir.resolve("2026H2")).resolve("SXD-nhiem-vu.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXD", "--data", dir.toString(),
        "--format", "md", "-o", "-", "-q");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("| SXD-nhiem-vu.csv | không rõ | 300 | 300 | 600 | 0 |")
        .contains("| 1 | SXD-nhiem-vu.csv, dòng 2, cột “Trạng thái”; và 299 chỗ khác có cùng loại lỗi trong tệp |")
        .contains("| 2 | SXD-nhiem-vu.csv, dòng 2, cột “Tiến độ”; và 299 chỗ khác có cùng loại lỗi trong tệp |")
        .doesNotContain("| 3 |").doesNotContain("không hiện ra").doesNotContain("out-of-range")
        .doesNotContain("không bắt buộc sửa");
    Path eml = dir.resolve("phan-hoi.eml");
    CliRun mail = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXD", "--data", dir.toString(),
        "--format", "eml", "-o", eml.toString(), "-q");
    assertThat(mail.exitCode()).isEqualTo(1);
    String text = new String(java.util.Base64.getMimeDecoder().decode(Files.readString(eml)
        .replaceAll("(?s).*?Content-Type: text/plain.*?\\r?\\n\\r?\\n(.*?)\\r?\\n--.*", "$1")), StandardCharsets.UTF_8);
    assertThat(text).contains("Tóm tắt: 600 lỗi phải sửa");
    CliRun status = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.toString());
    assertThat(status.out()).containsPattern("SXD +có lỗi .* 600 +0\\n");
  }

  @Test
  void aFewRowsWithTheSameProblemSayDownToWhichLine() throws Exception {
    Path file = Files.createDirectories(dir.resolve("2026H2")).resolve("SXD-nhiem-vu.csv");
    Files.writeString(file, "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái\n2026H2,SXD,V.7,Dang lam\n2026H2,SXD,V.7,Dang lam\n"
        + "2026H2,SXD,V.7,Dang lam\n", StandardCharsets.UTF_8);
    CliRun en = CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "SXD", "--data",
        dir.toString(), "--format", "md", "-o", "-", "-q");
    assertThat(en.out()).contains("SXD-nhiem-vu.csv, line 2, column “Trạng thái”; and 2 more rows with the same problem in "
        + "this column (down to line 4)");
  }
}
