package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency copies last half-year's file into this half-year's folder and leaves its period cells as
 * they were: the rows count for the earlier period (where they may silently replace what was sent),
 * and this period's report looks missing — while the feedback letter said "nothing to fix". A row whose
 * period lies outside the one its folder or file name gives, in a file that is not a correction file,
 * is now warned of once a period and a file, in words that say which cell to change.
 */
class PeriodDiffersFromPathTest {
  /** The workspace's submissions folder, laid out by period. */
  @TempDir
  Path dir;

  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");
  private static final String HEADER = "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái\n";

  @Test
  void aFileCopiedFromTheLastHalfYearIsWarnedOfOnce() throws Exception {
    write("2026H2/NHNN-nhiem-vu.csv", HEADER + "2026H1,NHNN,XIV.1,Thường xuyên\n2026H1,NHNN,XIV.1,Thường xuyên\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).contains("dòng 2, cột “Kỳ báo cáo”: cảnh báo: Dòng này ghi kỳ 2026H1, nhưng thư mục hoặc tên "
        + "tệp là của kỳ 2026H2 và đây không phải tệp điều chỉnh. Nếu tệp được chép từ báo cáo kỳ trước, sửa cột "
        + "“Kỳ báo cáo” thành 2026H2", "(ví dụ NHNN-nhiem-vu-dieu-chinh-2026H1.csv)");
    assertThat(run.out().split("Dòng này ghi kỳ", -1)).as("once for the file").hasSize(2);
    CliRun english = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--lang", "en", "--format", "github");
    assertThat(english.out()).contains("title=period-differs-from-path::column “Kỳ báo cáo”: This row gives period 2026H1, "
        + "but the file’s folder or name is period 2026H2");

    CliRun feedback = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "NHNN", "--data",
        dir.toString(), "--format", "md", "-o", "-");
    assertThat(feedback.out()).contains("Dòng này ghi kỳ 2026H1, nhưng thư mục hoặc tên tệp là của kỳ 2026H2");
  }

  @Test
  void theFolderPeriodCheckedAlreadySaysItAlone() throws Exception {
    write("2026H2/NHNN-nhiem-vu.csv", HEADER + "2026H1,NHNN,XIV.1,Thường xuyên\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--period", "2026H2");
    assertThat(run.out()).contains("Kỳ báo cáo 2026H1 khác kỳ đang kiểm tra 2026H2").doesNotContain("Dòng này ghi kỳ");
  }

  @Test
  void correctionsAndAYearsHalvesAreNotWarnedOf() throws Exception {
    write("2026H2/NHNN-nhiem-vu-dieu-chinh-2026H1.csv", HEADER + "2026H1,NHNN,XIV.1,Thường xuyên\n");
    write("2025/NHNN-nhiem-vu.csv", HEADER + "2025H2,NHNN,XIV.1,Thường xuyên\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("Dòng này ghi kỳ");
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
